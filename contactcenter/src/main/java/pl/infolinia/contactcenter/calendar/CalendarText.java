package pl.infolinia.contactcenter.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar as an administrator writes it in one line of configuration:
 * {@code always}, or opening hours such as {@code mon-fri 08:00-20:00, sat 09:00-14:00} (closed
 * on the days not named and on Polish public holidays), optionally followed by extra closed days,
 * {@code closed 2026-12-24 2026-12-31}.
 */
public final class CalendarText {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern RULE = Pattern.compile(
            "(mon|tue|wed|thu|fri|sat|sun)(?:-(mon|tue|wed|thu|fri|sat|sun))?\\s+(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");

    private CalendarText() {
    }

    /** @throws IllegalArgumentException naming the part that cannot be read, with an example */
    public static OfficeCalendar parse(String text) {
        String[] parts = text.strip().toLowerCase().split("\\s*\\bclosed\\b\\s*", 2);
        Set<LocalDate> closed = parts.length > 1 ? closedDays(parts[1]) : Set.of();
        String hours = parts[0].strip();
        if (hours.equals("always")) {
            return new OfficeCalendar(BusinessHours.always(), closed, false);
        }
        Map<DayOfWeek, List<OpeningPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (String rule : hours.split("\\s*,\\s*")) {
            Matcher matcher = RULE.matcher(rule);
            if (!matcher.matches()) {
                throw problem("'" + rule + "' is not days and hours");
            }
            OpeningPeriod period = period(matcher.group(3), matcher.group(4));
            int first = DAYS.indexOf(matcher.group(1));
            int last = matcher.group(2) == null ? first : DAYS.indexOf(matcher.group(2));
            if (last < first) {
                throw problem("'" + rule + "' runs backwards; write the days Monday first");
            }
            for (int day = first; day <= last; day++) {
                week.computeIfAbsent(DayOfWeek.of(day + 1), d -> new ArrayList<>()).add(period);
            }
        }
        return new OfficeCalendar(new BusinessHours(week), closed, true);
    }

    private static OpeningPeriod period(String from, String to) {
        try {
            return new OpeningPeriod(LocalTime.parse(pad(from)), LocalTime.parse(pad(to)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw problem("'" + from + "-" + to + "' are not opening hours: " + e.getMessage());
        }
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private static Set<LocalDate> closedDays(String days) {
        Set<LocalDate> closed = new HashSet<>();
        for (String day : days.strip().split("[\\s,]+")) {
            try {
                closed.add(LocalDate.parse(day));
            } catch (DateTimeParseException e) {
                throw problem("'" + day + "' is not a date like 2026-12-24");
            }
        }
        return closed;
    }

    private static IllegalArgumentException problem(String what) {
        return new IllegalArgumentException(what + "; write e.g. 'always', or 'mon-fri 08:00-20:00, sat 09:00-14:00"
                + " closed 2026-12-24 2026-12-31'");
    }
}
