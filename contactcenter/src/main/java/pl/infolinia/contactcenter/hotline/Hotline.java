package pl.infolinia.contactcenter.hotline;

import java.util.Objects;
import java.util.regex.Pattern;
import pl.infolinia.contactcenter.OfficeCode;

/**
 * A number citizens dial, bound to the IVR flow that answers it and the office that runs it,
 * e.g. {@code infolinia} → flow {@code infolinia}, office {@code KPRM}.
 *
 * <p>The number is the SIP user part of the Request-URI, so {@code 226000000} and {@code infolinia}
 * are both valid; it is compared exactly.
 */
public record Hotline(String number, String flow, OfficeCode office) {

    private static final Pattern USER_PART = Pattern.compile("[A-Za-z0-9+._-]{1,64}");

    public Hotline {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(office, "office");
        if (!USER_PART.matcher(number).matches()) {
            throw new IllegalArgumentException("not a hotline number: '" + number + "'");
        }
    }
}
