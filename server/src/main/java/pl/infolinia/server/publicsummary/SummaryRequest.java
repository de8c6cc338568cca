package pl.infolinia.server.publicsummary;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The months a summary covers (YYYY-MM, at most {@value #MAX_MONTHS}, none after the current one)
 * and the language of the published file (pl or en). Without months: the last whole month.
 */
record SummaryRequest(YearMonth from, YearMonth to, Locale language) {

    static final int MAX_MONTHS = 12;

    static SummaryRequest parse(Optional<String> from, Optional<String> to, Optional<String> language, YearMonth current) {
        YearMonth first = from.filter(s -> !s.isBlank()).map(s -> month("from", s)).orElse(current.minusMonths(1));
        YearMonth last = to.filter(s -> !s.isBlank()).map(s -> month("to", s)).orElse(first);
        if (last.isBefore(first)) {
            throw new InvalidSummaryRequest("to", "the last month " + last + " is before the first " + first);
        }
        if (last.isAfter(current)) {
            throw new InvalidSummaryRequest("to", "the month " + last + " has not begun");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidSummaryRequest("to", "a summary covers at most " + MAX_MONTHS + " months");
        }
        String lang = language.filter(s -> !s.isBlank()).orElse("pl").trim().toLowerCase(Locale.ROOT);
        if (!lang.equals("pl") && !lang.equals("en")) {
            throw new InvalidSummaryRequest("language", "pl or en, not '" + lang + "'");
        }
        return new SummaryRequest(first, last, Locale.forLanguageTag(lang));
    }

    private static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidSummaryRequest(field, "not a month (YYYY-MM): '" + text + "'");
        }
    }

    /** The published files' name without extension. */
    String fileName() {
        return "infolinia-" + (language.getLanguage().equals("en") ? "summary-" : "podsumowanie-") + from + "-" + to;
    }
}
