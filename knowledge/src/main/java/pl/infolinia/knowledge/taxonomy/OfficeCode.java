package pl.infolinia.knowledge.taxonomy;

import java.util.Objects;

/**
 * The short code of an office or institution, such as {@code MC} or {@code ZUS}.
 *
 * @param value the code as written in offices.yaml
 */
public record OfficeCode(String value) {

    public OfficeCode {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("office code must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
