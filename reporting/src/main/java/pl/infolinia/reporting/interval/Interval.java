package pl.infolinia.reporting.interval;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One row's time span, [start, end), of a given length. */
public record Interval(Instant start, Instant end, IntervalLength length) implements Comparable<Interval> {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(length, "length");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + " .. " + end);
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    @Override
    public int compareTo(Interval other) {
        return start.compareTo(other.start);
    }
}
