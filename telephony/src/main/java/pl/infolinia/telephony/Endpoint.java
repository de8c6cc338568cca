package pl.infolinia.telephony;

import java.time.Instant;
import java.util.List;

/**
 * A SIP user and the contacts its phones registered, each with its expiry.
 *
 * <p>A user with several phones (desk phone, softphone) has several contacts.
 */
public record Endpoint(String user, List<Contact> contacts) {

    public Endpoint {
        contacts = List.copyOf(contacts);
    }

    /** Where one of the user's phones can be reached, until when. */
    public record Contact(String uri, Instant expires) {
    }
}
