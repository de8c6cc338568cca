package pl.infolinia.telephony;

/** A contact of a user was removed by its phone or expired. */
public record EndpointUnregistered(String user, String contact) implements TelephonyEvent {
}
