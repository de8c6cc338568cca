package pl.infolinia.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import pl.infolinia.reporting.interval.Period;
import pl.infolinia.reporting.metric.FigureSettings;
import pl.infolinia.reporting.metric.HotlineHistory;

/**
 * The reports' entry point: reads a period's events from the store, with a margin on both sides
 * so that calls crossing its bounds are whole, and folds them into a {@link HotlineHistory}.
 *
 * <p>A call longer than {@link #MARGIN} that crosses the period's start is seen from the middle; a
 * consultant's state before the margin is unknown until their next change.
 */
public final class Reporting {

    public static final Duration MARGIN = Duration.ofHours(4);

    private final EventSource events;
    private final FigureSettings settings;
    private final Clock clock;

    public Reporting(EventSource events, FigureSettings settings, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public FigureSettings settings() {
        return settings;
    }

    public HotlineHistory history(Period period) {
        HotlineHistory history = new HotlineHistory(period, settings).until(clock.instant());
        Instant to = period.to().plus(MARGIN);
        events.read(period.from().minus(MARGIN), to, HotlineHistory.FOLDED_TYPES, history::accept);
        return history;
    }
}
