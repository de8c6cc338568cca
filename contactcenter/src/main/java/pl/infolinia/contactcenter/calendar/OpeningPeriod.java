package pl.infolinia.contactcenter.calendar;

import java.time.LocalTime;
import java.util.Objects;

/** One stretch of a day when the office answers, from inclusive to exclusive, e.g. 08:00–16:00. */
public record OpeningPeriod(LocalTime from, LocalTime to) {

    public OpeningPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("opening period must end after it starts: " + from + "–" + to);
        }
    }

    public static OpeningPeriod of(String from, String to) {
        return new OpeningPeriod(LocalTime.parse(from), LocalTime.parse(to));
    }

    /** Until midnight: {@code to} is exclusive, and 24:00 cannot be written as a LocalTime. */
    public static OpeningPeriod untilMidnight(LocalTime from) {
        return new OpeningPeriod(from, LocalTime.MAX);
    }

    public boolean contains(LocalTime time) {
        // LocalTime.MAX stands for 24:00, so it includes the day's last nanosecond too
        return !time.isBefore(from) && (time.isBefore(to) || to.equals(LocalTime.MAX));
    }
}
