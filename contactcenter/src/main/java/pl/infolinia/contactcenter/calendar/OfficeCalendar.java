package pl.infolinia.contactcenter.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a hotline or office answers: weekly hours, closed on Polish public holidays and on the
 * office's own extra closed days (e.g. a bridge day before a long weekend).
 *
 * <p>Every question is answered in Europe/Warsaw time, whatever zone the caller's time is in.
 */
public record OfficeCalendar(BusinessHours hours, Set<LocalDate> extraClosedDays, boolean closedOnHolidays) {

    public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    public OfficeCalendar {
        Objects.requireNonNull(hours, "hours");
        extraClosedDays = Set.copyOf(extraClosedDays);
    }

    /** Open on the given hours, closed on public holidays. */
    public static OfficeCalendar of(BusinessHours hours) {
        return new OfficeCalendar(hours, Set.of(), true);
    }

    /** Never closed, holidays included: the demo hotline's default. */
    public static OfficeCalendar alwaysOpen() {
        return new OfficeCalendar(BusinessHours.always(), Set.of(), false);
    }

    public OfficeCalendar closedAlsoOn(LocalDate day) {
        Set<LocalDate> days = new HashSet<>(extraClosedDays);
        days.add(day);
        return new OfficeCalendar(hours, days, closedOnHolidays);
    }

    public boolean isOpen(ZonedDateTime time) {
        ZonedDateTime local = time.withZoneSameInstant(WARSAW);
        LocalDate day = local.toLocalDate();
        if (extraClosedDays.contains(day) || (closedOnHolidays && PolishHolidays.isHoliday(day))) {
            return false;
        }
        return hours.isOpen(local.getDayOfWeek(), local.toLocalTime());
    }

    public boolean isOpen(Instant instant) {
        return isOpen(instant.atZone(WARSAW));
    }
}
