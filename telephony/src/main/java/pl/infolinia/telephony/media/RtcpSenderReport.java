package pl.infolinia.telephony.media;

import java.nio.ByteBuffer;

/**
 * An RTCP sender report without reception report blocks (RFC 3550 §6.4.1).
 *
 * <p>It ties our RTP timestamps to wall-clock time and tells the peer how much we sent, which
 * is what phones and recorders use for lip-sync and statistics.
 */
public record RtcpSenderReport(long ssrc, NtpTimestamp ntp, long rtpTimestamp, long packetCount,
                               long octetCount) {

    static final int PACKET_TYPE = 200;
    private static final int LENGTH_BYTES = 28;

    public byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(LENGTH_BYTES);
        out.put((byte) 0x80); // version 2, no padding, zero report blocks
        out.put((byte) PACKET_TYPE);
        out.putShort((short) (LENGTH_BYTES / 4 - 1)); // length in 32-bit words minus one
        out.putInt((int) ssrc);
        out.putInt((int) ntp.seconds());
        out.putInt((int) ntp.fraction());
        out.putInt((int) rtpTimestamp);
        out.putInt((int) packetCount);
        out.putInt((int) octetCount);
        return out.array();
    }

    /**
     * Reads the sender report at the start of an RTCP datagram, ignoring report blocks and
     * any further packets of a compound packet.
     *
     * @throws MalformedRtpPacket if the datagram does not start with a sender report
     */
    public static RtcpSenderReport parse(byte[] data, int length) {
        if (length < LENGTH_BYTES || (data[0] & 0xC0) != 0x80 || (data[1] & 0xFF) != PACKET_TYPE) {
            throw new MalformedRtpPacket("not an RTCP sender report");
        }
        ByteBuffer in = ByteBuffer.wrap(data, 0, length);
        return new RtcpSenderReport(in.getInt(4) & 0xFFFFFFFFL,
                new NtpTimestamp(in.getInt(8) & 0xFFFFFFFFL, in.getInt(12) & 0xFFFFFFFFL),
                in.getInt(16) & 0xFFFFFFFFL, in.getInt(20) & 0xFFFFFFFFL, in.getInt(24) & 0xFFFFFFFFL);
    }
}
