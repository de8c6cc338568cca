package pl.infolinia.contactcenter.callback;

import java.time.Duration;
import java.util.Optional;

/**
 * How hard the hotline tries to call a citizen back: at most {@code maxAttempts} dial-outs,
 * {@code retryDelay} apart. A number the trunk refuses outright is not retried.
 */
public record CallbackPolicy(int maxAttempts, Duration retryDelay) {

    public static final CallbackPolicy DEFAULT = new CallbackPolicy(3, Duration.ofMinutes(10));

    public CallbackPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
        }
        if (retryDelay.isNegative()) {
            throw new IllegalArgumentException("retry delay must not be negative: " + retryDelay);
        }
    }

    /** After {@code attemptsMade} attempts, the last ending in {@code outcome}: wait this long and retry, or stop. */
    public Optional<Duration> retryAfter(int attemptsMade, CallbackOutcome outcome) {
        boolean worthRetrying = outcome == CallbackOutcome.NO_ANSWER || outcome == CallbackOutcome.BUSY;
        return worthRetrying && attemptsMade < maxAttempts ? Optional.of(retryDelay) : Optional.empty();
    }
}
