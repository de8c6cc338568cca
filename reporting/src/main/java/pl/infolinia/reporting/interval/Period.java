package pl.infolinia.reporting.interval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The time a report covers, [from, to), in a time zone whose local time cuts its intervals.
 *
 * <p>A period is at most {@value #MAX_DAYS} days long, so that nobody asks the store for years at once.
 */
public record Period(Instant from, Instant to, ZoneId zone) {

    public static final int MAX_DAYS = 400;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " .. " + to);
        }
        if (to.isAfter(from.plus(java.time.Duration.ofDays(MAX_DAYS)))) {
            throw new IllegalArgumentException("a period is at most " + MAX_DAYS + " days");
        }
    }

    /** Local days {@code first} to {@code last}, both included. */
    public static Period days(LocalDate first, LocalDate last, ZoneId zone) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last day " + last + " is before the first " + first);
        }
        return new Period(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** The period of the same length just before this one: the comparison a report shows. */
    public Period previous() {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate end = to.atZone(zone).toLocalDate();
        boolean wholeDays = first.atStartOfDay(zone).toInstant().equals(from) && end.atStartOfDay(zone).toInstant().equals(to);
        if (wholeDays) {
            long days = end.toEpochDay() - first.toEpochDay();
            return Period.days(first.minusDays(days), first.minusDays(1), zone);
        }
        return new Period(from.minus(java.time.Duration.between(from, to)), from, zone);
    }

    /** The interval holding {@code at}, cut to this period. */
    public Interval interval(Instant at, IntervalLength length) {
        if (length == IntervalLength.PERIOD) {
            return new Interval(from, to, length);
        }
        Instant start = length.start(at, zone);
        Instant end = length.next(start, zone);
        return new Interval(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end, length);
    }

    /** Every interval of the period in order, the first and last cut to the period. */
    public List<Interval> intervals(IntervalLength length) {
        List<Interval> all = new ArrayList<>();
        Instant at = from;
        while (at.isBefore(to)) {
            Interval interval = interval(at, length);
            all.add(interval);
            at = interval.end();
        }
        return all;
    }
}
