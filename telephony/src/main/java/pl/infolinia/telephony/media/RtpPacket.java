package pl.infolinia.telephony.media;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One RTP packet (RFC 3550 §5.1): the fixed header fields and the payload.
 *
 * <p>Contributing sources and header extensions of received packets are skipped, not kept:
 * the engine terminates media and never forwards it as a mixer would.
 */
public record RtpPacket(boolean marker, int payloadType, int sequence, long timestamp, long ssrc,
                        byte[] payload) {

    static final int HEADER_LENGTH = 12;
    private static final int VERSION = 2;

    public RtpPacket {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type out of range: " + payloadType);
        }
        sequence &= 0xFFFF;
        timestamp &= 0xFFFFFFFFL;
        ssrc &= 0xFFFFFFFFL;
    }

    /** Writes the packet in network byte order, ready for a datagram. */
    public byte[] encode() {
        return encodeInto(ByteBuffer.allocate(HEADER_LENGTH + payload.length)).array();
    }

    /**
     * Writes the packet from the start of {@code out} (a buffer a sender reuses for every packet)
     * and returns it flipped, ready to send.
     */
    public ByteBuffer encodeInto(ByteBuffer out) {
        out.clear();
        out.put((byte) (VERSION << 6));
        out.put((byte) ((marker ? 0x80 : 0) | payloadType));
        out.putShort((short) sequence);
        out.putInt((int) timestamp);
        out.putInt((int) ssrc);
        out.put(payload);
        return out.flip();
    }

    /**
     * Reads a packet from the first {@code length} bytes of {@code data}.
     *
     * @throws MalformedRtpPacket if it is not RTP version 2 or its lengths do not add up
     */
    public static RtpPacket parse(byte[] data, int length) {
        if (length < HEADER_LENGTH) {
            throw new MalformedRtpPacket("shorter than the RTP header: " + length + " bytes");
        }
        int first = data[0] & 0xFF;
        if (first >> 6 != VERSION) {
            throw new MalformedRtpPacket("not RTP version 2");
        }
        boolean padding = (first & 0x20) != 0;
        boolean extension = (first & 0x10) != 0;
        int csrcCount = first & 0x0F;
        ByteBuffer in = ByteBuffer.wrap(data, 0, length);
        int second = in.get(1) & 0xFF;
        int offset = HEADER_LENGTH + 4 * csrcCount;
        if (extension) {
            if (length < offset + 4) {
                throw new MalformedRtpPacket("header extension cut short");
            }
            offset += 4 + 4 * (in.getShort(offset + 2) & 0xFFFF);
        }
        int end = length;
        if (padding) {
            end -= data[length - 1] & 0xFF;
        }
        if (offset > end) {
            throw new MalformedRtpPacket("headers and padding exceed the packet");
        }
        return new RtpPacket((second & 0x80) != 0, second & 0x7F, in.getShort(2) & 0xFFFF,
                in.getInt(4) & 0xFFFFFFFFL, in.getInt(8) & 0xFFFFFFFFL,
                Arrays.copyOfRange(data, offset, end));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RtpPacket p && marker == p.marker && payloadType == p.payloadType
                && sequence == p.sequence && timestamp == p.timestamp && ssrc == p.ssrc
                && Arrays.equals(payload, p.payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(ssrc) * 31 + sequence;
    }

    @Override
    public String toString() {
        return "RtpPacket[pt=" + payloadType + ", seq=" + sequence + ", ts=" + timestamp
                + ", ssrc=" + Long.toHexString(ssrc) + ", marker=" + marker
                + ", payload=" + payload.length + " bytes]";
    }
}
