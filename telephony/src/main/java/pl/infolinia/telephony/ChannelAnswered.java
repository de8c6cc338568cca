package pl.infolinia.telephony;

/** The engine answered the channel; media flows. */
public record ChannelAnswered(ChannelId channel) implements TelephonyEvent {
}
