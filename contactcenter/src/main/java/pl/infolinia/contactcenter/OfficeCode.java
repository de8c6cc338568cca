package pl.infolinia.contactcenter;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The short code of one of the offices that run the hotline together, e.g. {@code ZUS} or {@code UM-WAW}.
 *
 * <p>The offices directory lives in the server; here the code is only a name to route and report by.
 */
public record OfficeCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

    public OfficeCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an office code: '" + value + "'");
        }
    }

    public static OfficeCode of(String value) {
        return new OfficeCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
