package pl.infolinia.telephony;

/** The caller pressed a key: 0-9, *, #, A-D. */
public record DtmfReceived(ChannelId channel, char digit) implements TelephonyEvent {
}
