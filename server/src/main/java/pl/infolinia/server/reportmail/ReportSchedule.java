package pl.infolinia.server.reportmail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often a subscription's report goes out, and which whole local days it covers when it does. */
public enum ReportSchedule {
    /** Yesterday, each morning. */
    DAILY,
    /** Last week, Monday to Sunday, each Monday. */
    WEEKLY,
    /** Last calendar month, on the first. */
    MONTHLY;

    /** The latest period of this schedule that has ended by {@code today} (today not included). */
    public Days lastComplete(LocalDate today) {
        return switch (this) {
            case DAILY -> new Days(today.minusDays(1), today.minusDays(1));
            case WEEKLY -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new Days(monday, monday.plusDays(6));
            }
            case MONTHLY -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new Days(first, first.plusMonths(1).minusDays(1));
            }
        };
    }

    /** Local days, both included. */
    public record Days(LocalDate from, LocalDate to) {
    }
}
