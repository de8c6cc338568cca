package pl.infolinia.contactcenter.callback;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A number to call a citizen back on, as dialled through the trunk: digits with an optional
 * leading '+', spaces and dashes removed, e.g. {@code +48600100200} or {@code 226000000}.
 */
public record PhoneNumber(String value) {

    private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9]{3,15}");

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        if (!DIALLABLE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a number to dial: '" + value + "'");
        }
    }

    /** Accepts the ways people write numbers, "600 100 200" or "+48-600-100-200". */
    public static PhoneNumber parse(String written) {
        return new PhoneNumber(written.replaceAll("[\\s-]", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
