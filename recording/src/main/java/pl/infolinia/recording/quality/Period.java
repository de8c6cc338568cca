package pl.infolinia.recording.quality;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The stretch of calendar that averages are taken over: an ISO week (Monday first) or a month. */
public enum Period {
    WEEK, MONTH;

    /** The first day of the period the date falls in. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** {@code 2026-W49} or {@code 2026-12}. */
    public String label(LocalDate start) {
        return switch (this) {
            case WEEK -> "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
        };
    }
}
