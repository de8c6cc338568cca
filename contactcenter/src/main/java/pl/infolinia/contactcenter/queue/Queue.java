package pl.infolinia.contactcenter.queue;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.routing.LongestIdle;
import pl.infolinia.contactcenter.routing.RoutingStrategy;

/**
 * A queue of one topic at one office, and how its calls are routed.
 *
 * <p>It is served by agents with {@code skill}. An offered call rings for {@code ringTimeout};
 * after a call its agent has {@code wrapUp} for notes. {@code handleTime} seeds the wait
 * estimate until real calls have been measured.
 */
public record Queue(QueueCode code, OfficeCode office, String skill, RoutingStrategy strategy,
        Duration ringTimeout, Duration wrapUp, Optional<Overflow> overflow, Duration handleTime) {

    public static final Duration DEFAULT_RING_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_WRAP_UP = Duration.ofSeconds(30);
    public static final Duration DEFAULT_HANDLE_TIME = Duration.ofMinutes(4);

    public Queue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(overflow, "overflow");
        if (ringTimeout.isNegative() || ringTimeout.isZero()) {
            throw new IllegalArgumentException("ring timeout must be positive: " + ringTimeout);
        }
        if (wrapUp.isNegative()) {
            throw new IllegalArgumentException("wrap-up time must not be negative: " + wrapUp);
        }
        if (handleTime.isNegative() || handleTime.isZero()) {
            throw new IllegalArgumentException("handle time must be positive: " + handleTime);
        }
    }

    /** A longest-idle queue with default times and no overflow. */
    public static Queue of(QueueCode code, OfficeCode office, String skill) {
        return new Queue(code, office, skill, new LongestIdle(), DEFAULT_RING_TIMEOUT, DEFAULT_WRAP_UP,
                Optional.empty(), DEFAULT_HANDLE_TIME);
    }

    public Queue withStrategy(RoutingStrategy routing) {
        return new Queue(code, office, skill, routing, ringTimeout, wrapUp, overflow, handleTime);
    }

    public Queue withRingTimeout(Duration timeout) {
        return new Queue(code, office, skill, strategy, timeout, wrapUp, overflow, handleTime);
    }

    public Queue withWrapUp(Duration time) {
        return new Queue(code, office, skill, strategy, ringTimeout, time, overflow, handleTime);
    }

    public Queue withOverflow(Duration maxWait, OverflowTarget target) {
        return new Queue(code, office, skill, strategy, ringTimeout, wrapUp,
                Optional.of(new Overflow(maxWait, target)), handleTime);
    }

    public Queue withHandleTime(Duration time) {
        return new Queue(code, office, skill, strategy, ringTimeout, wrapUp, overflow, time);
    }
}
