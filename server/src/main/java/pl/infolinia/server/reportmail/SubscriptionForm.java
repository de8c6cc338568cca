package pl.infolinia.server.reportmail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.server.office.OfficeCode;

/**
 * A subscription as typed on the page or sent to the API, before it is checked. Recipients are
 * separated by commas, semicolons or spaces; at most {@value #MAX_RECIPIENTS}, each a plain address.
 */
public record SubscriptionForm(String office, String interval, String grouping, String format, String recipients,
        String schedule) {

    static final int MAX_RECIPIENTS = 20;
    static final List<String> FORMATS = List.of("CSV", "XLSX", "PDF");

    /** The checked values, or an {@link InvalidSubscription} naming the first bad field. */
    Checked check() {
        Optional<OfficeCode> officeCode = Optional.ofNullable(office).map(String::trim).filter(s -> !s.isEmpty())
                .map(code -> {
                    if (!OfficeCode.isValid(code)) {
                        throw new InvalidSubscription("office", "not an office code: '" + code + "'");
                    }
                    return new OfficeCode(code);
                });
        IntervalLength length = choice("interval", interval, IntervalLength.class);
        Grouping group = choice("grouping", grouping, Grouping.class);
        String file = Optional.ofNullable(format).map(f -> f.trim().toUpperCase(Locale.ROOT)).orElse("");
        if (!FORMATS.contains(file)) {
            throw new InvalidSubscription("format", "unknown format '" + format + "'; one of " + FORMATS);
        }
        return new Checked(officeCode, length, group, file, addresses(), choice("schedule", schedule, ReportSchedule.class));
    }

    private List<String> addresses() {
        List<String> list = Arrays.stream(Optional.ofNullable(recipients).orElse("").split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).distinct().toList();
        if (list.isEmpty()) {
            throw new InvalidSubscription("recipients", "give at least one e-mail address");
        }
        if (list.size() > MAX_RECIPIENTS) {
            throw new InvalidSubscription("recipients", "at most " + MAX_RECIPIENTS + " recipients");
        }
        for (String address : list) {
            try {
                InternetAddress parsed = new InternetAddress(address, true);
                if (!address.equals(parsed.getAddress()) || !address.contains("@") || address.length() > 254) {
                    throw new AddressException("not a plain address");
                }
            } catch (AddressException e) {
                throw new InvalidSubscription("recipients", "not an e-mail address: '" + address + "'");
            }
        }
        return list;
    }

    private static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, Optional.ofNullable(text).orElse("").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSubscription(field, "unknown " + field + " '" + text + "'; one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    record Checked(Optional<OfficeCode> office, IntervalLength interval, Grouping grouping, String format,
            List<String> recipients, ReportSchedule schedule) {
    }
}
