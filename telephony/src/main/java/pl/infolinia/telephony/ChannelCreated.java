package pl.infolinia.telephony;

/** A call arrived: a new channel from {@code caller} to the number {@code called}. */
public record ChannelCreated(ChannelId channel, String caller, String called) implements TelephonyEvent {
}
