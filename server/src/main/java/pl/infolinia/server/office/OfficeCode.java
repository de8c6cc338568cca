package pl.infolinia.server.office;

/** The short code of an office, such as {@code KPRM} or {@code MC}: upper-case letters, digits and underscores. */
public record OfficeCode(String value) {

    public OfficeCode {
        if (value == null || !value.matches("[A-Z][A-Z0-9_]{1,15}")) {
            throw new IllegalArgumentException("An office code is 2-16 upper-case letters, digits or _: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("[A-Z][A-Z0-9_]{1,15}");
    }

    @Override
    public String toString() {
        return value;
    }
}
