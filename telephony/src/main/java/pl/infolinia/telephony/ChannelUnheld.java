package pl.infolinia.telephony;

/** The far end took the channel off hold: media flows both ways again. */
public record ChannelUnheld(ChannelId channel) implements TelephonyEvent {
}
