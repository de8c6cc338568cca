package pl.infolinia.contactcenter.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly opening hours of a hotline or office, as local Warsaw wall-clock times per weekday.
 *
 * <p>A day without periods is closed; a period may not cross midnight (split it into two days).
 */
public record BusinessHours(Map<DayOfWeek, List<OpeningPeriod>> week) {

    private static final OpeningPeriod WHOLE_DAY = OpeningPeriod.untilMidnight(LocalTime.MIN);

    public BusinessHours {
        EnumMap<DayOfWeek, List<OpeningPeriod>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, periods) -> copy.put(day, List.copyOf(periods)));
        week = Map.copyOf(copy);
    }

    /** Open every minute of every day, as the demo hotline is. */
    public static BusinessHours always() {
        EnumMap<DayOfWeek, List<OpeningPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(WHOLE_DAY));
        }
        return new BusinessHours(week);
    }

    /** The same hours Monday to Friday, closed at weekends. */
    public static BusinessHours weekdays(OpeningPeriod period) {
        EnumMap<DayOfWeek, List<OpeningPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, List.of(period));
            }
        }
        return new BusinessHours(week);
    }

    /** The same hours with one weekday's periods replaced; no periods closes that day. */
    public BusinessHours with(DayOfWeek day, List<OpeningPeriod> periods) {
        EnumMap<DayOfWeek, List<OpeningPeriod>> changed = new EnumMap<>(DayOfWeek.class);
        changed.putAll(week);
        changed.put(day, periods);
        return new BusinessHours(changed);
    }

    public boolean isOpen(DayOfWeek day, LocalTime time) {
        return week.getOrDefault(day, List.of()).stream().anyMatch(p -> p.contains(time));
    }
}
