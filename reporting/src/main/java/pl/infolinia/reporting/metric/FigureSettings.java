package pl.infolinia.reporting.metric;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import pl.infolinia.contactcenter.QueueCode;

/**
 * The choices behind the figures: the service-level target per queue (answered within so many
 * seconds, {@link #DEFAULT_TARGET} where a queue has none) and the wait below which a caller who
 * hangs up is a short abandon, counted apart from the abandoned.
 */
public record FigureSettings(Duration defaultTarget, Map<QueueCode, Duration> queueTargets, Duration shortAbandon) {

    public static final Duration DEFAULT_TARGET = Duration.ofSeconds(20);
    public static final Duration DEFAULT_SHORT_ABANDON = Duration.ofSeconds(5);

    public FigureSettings {
        Objects.requireNonNull(defaultTarget, "defaultTarget");
        Objects.requireNonNull(shortAbandon, "shortAbandon");
        queueTargets = Map.copyOf(queueTargets);
        if (defaultTarget.isNegative() || shortAbandon.isNegative()
                || queueTargets.values().stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("targets and the short-abandon threshold cannot be negative");
        }
    }

    public static FigureSettings defaults() {
        return new FigureSettings(DEFAULT_TARGET, Map.of(), DEFAULT_SHORT_ABANDON);
    }

    public FigureSettings withTarget(QueueCode queue, Duration target) {
        Map<QueueCode, Duration> targets = new java.util.HashMap<>(queueTargets);
        targets.put(queue, target);
        return new FigureSettings(defaultTarget, targets, shortAbandon);
    }

    public Duration target(QueueCode queue) {
        return queueTargets.getOrDefault(queue, defaultTarget);
    }
}
