package pl.infolinia.telephony;

import java.time.Instant;

/** A phone registered (or refreshed) a contact for a user; calls to the user may go there. */
public record EndpointRegistered(String user, String contact, Instant expires) implements TelephonyEvent {
}
