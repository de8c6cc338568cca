package pl.infolinia.telephony;

/** The far end put the channel on hold (its phone's hold key): it hears nothing from us. */
public record ChannelHeld(ChannelId channel) implements TelephonyEvent {
}
