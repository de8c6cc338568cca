package pl.infolinia.telephony.media;

import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The sending half of one RTP session: our SSRC, the next sequence number, the media
 * timestamp and the counts that an RTCP sender report carries (RFC 3550).
 *
 * <p>SSRC, first sequence number and first timestamp are random, as RFC 3550 §5.1 asks, so
 * that a restarted call is not mistaken for the old one. Not thread-safe: the media clock
 * thread is its only user.
 */
public final class RtpSession {

    private final long ssrc;
    private int sequence;
    private long timestamp;
    private long packetCount;
    private long octetCount;

    public RtpSession(RandomGenerator random) {
        this(random.nextInt() & 0xFFFFFFFFL, random.nextInt(0x10000), random.nextInt() & 0xFFFFFFFFL);
    }

    RtpSession(long ssrc, int firstSequence, long firstTimestamp) {
        this.ssrc = ssrc;
        this.sequence = firstSequence & 0xFFFF;
        this.timestamp = firstTimestamp & 0xFFFFFFFFL;
    }

    public long ssrc() {
        return ssrc;
    }

    /** The media timestamp that the next audio frame will carry. */
    public long timestamp() {
        return timestamp;
    }

    /**
     * Makes the packet for one audio frame and advances the timestamp by its sample count.
     *
     * @param marker set on the first packet after silence (RFC 3551 §4.1)
     */
    public RtpPacket audio(int payloadType, byte[] payload, int samples, boolean marker) {
        RtpPacket packet = packet(payloadType, payload, timestamp, marker);
        advance(samples);
        return packet;
    }

    /** Makes a packet with an explicit timestamp, as RFC 4733 events keep their start time. */
    public RtpPacket packet(int payloadType, byte[] payload, long packetTimestamp, boolean marker) {
        RtpPacket packet = new RtpPacket(marker, payloadType, sequence, packetTimestamp, ssrc, payload);
        sequence = (sequence + 1) & 0xFFFF;
        packetCount++;
        octetCount += payload.length;
        return packet;
    }

    /** Moves the media timestamp on without sending, e.g. while a DTMF event replaces audio. */
    public void advance(int samples) {
        timestamp = (timestamp + samples) & 0xFFFFFFFFL;
    }

    /** The sender report describing this session at {@code now}. */
    public RtcpSenderReport senderReport(Instant now) {
        return new RtcpSenderReport(ssrc, NtpTimestamp.of(now), timestamp, packetCount, octetCount);
    }
}
