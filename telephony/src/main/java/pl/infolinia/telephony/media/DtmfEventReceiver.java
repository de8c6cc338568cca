package pl.infolinia.telephony.media;

import java.util.Optional;

/**
 * Turns the RFC 4733 packets of one stream into key presses, each reported once.
 *
 * <p>An event is identified by its RTP timestamp, which stays the same for all its packets.
 * It is reported when its first end packet arrives; the end packet is sent three times and
 * later continuation packets may arrive late, so the last reported timestamp is remembered.
 */
public final class DtmfEventReceiver {

    private long reportedTimestamp = -1;
    private long reportedSsrc = -1;

    /** The digit completed by this packet, if it completes one not reported yet. */
    public synchronized Optional<Character> accept(RtpPacket packet) {
        TelephoneEvent event = TelephoneEvent.parse(packet.payload());
        if (!event.end() || !event.isDtmf()) {
            return Optional.empty();
        }
        if (packet.timestamp() == reportedTimestamp && packet.ssrc() == reportedSsrc) {
            return Optional.empty();
        }
        reportedTimestamp = packet.timestamp();
        reportedSsrc = packet.ssrc();
        return Optional.of(event.digit());
    }
}
