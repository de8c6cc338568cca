package pl.infolinia.reporting.interval;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * How long one row of a report covers, cut at local clock boundaries of a time zone.
 *
 * <p>Weeks start on Monday (ISO, as in Poland). A day is midnight to midnight in local time, so
 * the day daylight-saving time starts has 23 hours and the day it ends has 25.
 */
public enum IntervalLength {
    QUARTER_HOUR,
    HOUR,
    DAY,
    WEEK,
    MONTH,
    /** The whole period as one row (only through {@link Period#interval}). */
    PERIOD;

    /** The start of the interval holding {@code at}. */
    public Instant start(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime start = switch (this) {
            case QUARTER_HOUR -> local.truncatedTo(ChronoUnit.HOURS).plusMinutes(local.getMinute() / 15 * 15L);
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.toLocalDate().atStartOfDay(zone);
            case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone);
            case MONTH -> local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
            case PERIOD -> throw new UnsupportedOperationException("the whole period's interval comes from its Period");
        };
        return start.toInstant();
    }

    /** The start of the interval after the one starting at {@code start}. */
    public Instant next(Instant start, ZoneId zone) {
        return switch (this) {
            // quarter hours and hours are counted in real time, so the repeated hour in October is two rows
            case QUARTER_HOUR -> start.plus(15, ChronoUnit.MINUTES);
            case HOUR -> start.plus(1, ChronoUnit.HOURS);
            case DAY -> start.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            case WEEK -> start.atZone(zone).toLocalDate().plusWeeks(1).atStartOfDay(zone).toInstant();
            case MONTH -> start.atZone(zone).toLocalDate().plusMonths(1).atStartOfDay(zone).toInstant();
            case PERIOD -> throw new UnsupportedOperationException("the whole period's interval comes from its Period");
        };
    }
}
