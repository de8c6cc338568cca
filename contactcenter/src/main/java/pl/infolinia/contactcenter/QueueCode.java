package pl.infolinia.contactcenter;

import java.util.Objects;
import java.util.regex.Pattern;

/** The code of a queue as flows and reports name it, e.g. {@code dokumenty} or {@code zus-emerytury}. */
public record QueueCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");

    public QueueCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a queue code: '" + value + "'");
        }
    }

    public static QueueCode of(String value) {
        return new QueueCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
