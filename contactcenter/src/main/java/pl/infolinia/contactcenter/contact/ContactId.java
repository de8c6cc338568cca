package pl.infolinia.contactcenter.contact;

import java.util.Objects;
import java.util.UUID;

/** The id of one contact: a citizen's call from arrival to wrap-up, transfers included. */
public record ContactId(String value) {

    public ContactId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("contact id is blank");
        }
    }

    public static ContactId of(String value) {
        return new ContactId(value);
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
