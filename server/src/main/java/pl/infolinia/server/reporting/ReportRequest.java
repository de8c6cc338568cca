package pl.infolinia.server.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.interval.Period;
import pl.infolinia.reporting.metric.Grouping;

/**
 * What a report page, export or API call asked for: local days (Warsaw), interval, grouping, and
 * optionally an office and a queue. Bad input is an {@link InvalidReportRequest} naming the field.
 */
public record ReportRequest(LocalDate from, LocalDate to, IntervalLength interval, Grouping grouping, Optional<String> office,
        Optional<QueueCode> queue) {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    static ReportRequest parse(Optional<String> from, Optional<String> to, Optional<String> interval,
            Optional<String> grouping, Optional<String> office, Optional<String> queue, LocalDate today) {
        LocalDate first = from.filter(s -> !s.isBlank()).map(s -> date("from", s)).orElse(today);
        LocalDate last = to.filter(s -> !s.isBlank()).map(s -> date("to", s)).orElse(first);
        if (last.isBefore(first)) {
            throw new InvalidReportRequest("to", "the last day " + last + " is before the first " + first);
        }
        if (last.toEpochDay() - first.toEpochDay() >= Period.MAX_DAYS) {
            throw new InvalidReportRequest("to", "a report covers at most " + Period.MAX_DAYS + " days");
        }
        return new ReportRequest(first, last,
                choice("interval", interval, IntervalLength.class, IntervalLength.HOUR),
                choice("grouping", grouping, Grouping.class, Grouping.TOTAL),
                office.filter(s -> !s.isBlank()),
                queue.filter(s -> !s.isBlank()).map(s -> {
                    try {
                        return QueueCode.of(s);
                    } catch (IllegalArgumentException e) {
                        throw new InvalidReportRequest("queue", e.getMessage());
                    }
                }));
    }

    Period period() {
        return Period.days(from, to, WARSAW);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidReportRequest(field, "not a date (YYYY-MM-DD): '" + text + "'");
        }
    }

    private static <E extends Enum<E>> E choice(String field, Optional<String> text, Class<E> type, E otherwise) {
        if (text.isEmpty() || text.get().isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.get().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidReportRequest(field, "unknown " + field + " '" + text.get() + "'; one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
