package pl.infolinia.telephony;

/**
 * The far end of a channel asked to blind-transfer it (SIP REFER), e.g. an agent's phone
 * transferring the citizen to {@code target}. The engine only reports it: the contact centre
 * decides where the call goes and answers with {@link Channel#reportTransfer}.
 */
public record TransferRequested(ChannelId channel, String target) implements TelephonyEvent {
}
