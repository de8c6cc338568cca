package pl.infolinia.contactcenter.queue;

import java.time.Duration;
import java.util.Objects;

/** A queue's maximum wait and where a call goes after it. */
public record Overflow(Duration after, OverflowTarget target) {

    public Overflow {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(target, "target");
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("maximum wait must be positive: " + after);
        }
    }
}
