package pl.infolinia.server.app.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** What kind of value a setting holds, and how a raw value is checked. */
public enum SettingType {
    TEXT("text"),
    PORT("a port number from 1 to 65535"),
    POSITIVE_NUMBER("a whole number above zero"),
    BOOLEAN("true or false"),
    PATH("a folder or file path"),
    JDBC_URL("a JDBC URL such as jdbc:postgresql://host:5432/infolinia");

    private final String expected;

    SettingType(String expected) {
        this.expected = expected;
    }

    public String expected() {
        return expected;
    }

    /** True if the raw value is acceptable for this type. */
    public boolean accepts(String raw) {
        return switch (this) {
            case TEXT -> true;
            case PORT -> isIntegerIn(raw, 1, 65535);
            case POSITIVE_NUMBER -> isIntegerIn(raw, 1, Integer.MAX_VALUE);
            case BOOLEAN -> raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false");
            case PATH -> isPath(raw);
            case JDBC_URL -> raw.startsWith("jdbc:");
        };
    }

    private static boolean isIntegerIn(String raw, int min, int max) {
        try {
            int value = Integer.parseInt(raw.trim());
            return value >= min && value <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isPath(String raw) {
        try {
            Path.of(raw);
            return !raw.isBlank();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
