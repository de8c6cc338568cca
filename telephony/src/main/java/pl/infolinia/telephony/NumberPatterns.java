package pl.infolinia.telephony;

import java.util.Arrays;
import java.util.List;

/**
 * A set of telephone numbers written as patterns: an exact number ({@code 222500115}), a prefix
 * ending in {@code *} ({@code +48*}), or {@code *} alone for any number.
 *
 * <p>Trunks use them for the numbers they may call in and the numbers that may be dialled out
 * through them. Numbers are SIP user parts: digits, {@code +}, {@code *}, {@code #} and, for
 * SIP names such as {@code infolinia}, letters.
 */
public record NumberPatterns(List<String> patterns) {

    /** No number at all. */
    public static final NumberPatterns NONE = new NumberPatterns(List.of());
    /** Every number. */
    public static final NumberPatterns ANY = new NumberPatterns(List.of("*"));

    private static final String PATTERN = "[A-Za-z0-9+#._-]*\\*?";

    public NumberPatterns {
        patterns = List.copyOf(patterns);
        for (String pattern : patterns) {
            if (pattern.isEmpty() || !pattern.matches(PATTERN) || pattern.indexOf('*') >= 0 && pattern.indexOf('*') != pattern.length() - 1) {
                throw new IllegalArgumentException("not a number pattern: '" + pattern
                        + "' (a number such as 222500115, a prefix such as +48*, or * for any number)");
            }
        }
    }

    /** Patterns from a comma-separated list, e.g. {@code "222500115, +4822*"}; blank means none. */
    public static NumberPatterns parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        return new NumberPatterns(Arrays.stream(list.split(",")).map(String::trim).toList());
    }

    public boolean matches(String number) {
        for (String pattern : patterns) {
            if (pattern.endsWith("*") ? number.startsWith(pattern.substring(0, pattern.length() - 1))
                    : number.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(", ", patterns);
    }
}
