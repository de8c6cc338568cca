package pl.infolinia.telephony;

/**
 * Something that happened in the engine, reported to subscribers in the order it happened.
 *
 * <p>Events are past-tense records, subject first. They are delivered on engine threads:
 * a subscriber must not block.
 */
public sealed interface TelephonyEvent
        permits EndpointRegistered, EndpointUnregistered, ChannelCreated, ChannelAnswered, DtmfReceived,
        ChannelHungUp, ChannelHeld, ChannelUnheld, TransferRequested {
}
