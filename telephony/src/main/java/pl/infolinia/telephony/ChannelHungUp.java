package pl.infolinia.telephony;

/** The channel ended, by either side. */
public record ChannelHungUp(ChannelId channel) implements TelephonyEvent {
}
