package pl.infolinia.telephony.webrtc;

/** Reads the fields of RTP and RTCP headers that SRTP needs, without parsing the whole packet. */
final class RtpHeaders {

    private RtpHeaders() {
    }

    /** Fixed header, CSRC list and header extension: what SRTP leaves in clear. */
    static int length(byte[] packet, int length) {
        int header = 12 + 4 * (packet[0] & 0x0f);
        if ((packet[0] & 0x10) != 0 && header + 4 <= length) {
            int words = ((packet[header + 2] & 0xff) << 8) | (packet[header + 3] & 0xff);
            header += 4 + 4 * words;
        }
        return header;
    }

    static int sequence(byte[] packet) {
        return ((packet[2] & 0xff) << 8) | (packet[3] & 0xff);
    }

    static long ssrc(byte[] packet) {
        return readInt(packet, 8);
    }

    static long rtcpSsrc(byte[] packet) {
        return readInt(packet, 4);
    }

    /** RFC 5761 §4: with rtcp-mux, payload types 64-95 (RTCP 192-223) are RTCP. */
    static boolean isRtcp(byte[] packet, int length) {
        int type = packet[1] & 0xff;
        return length >= 8 && type >= 192 && type <= 223;
    }

    private static long readInt(byte[] packet, int offset) {
        return ((packet[offset] & 0xffL) << 24) | ((packet[offset + 1] & 0xffL) << 16)
                | ((packet[offset + 2] & 0xffL) << 8) | (packet[offset + 3] & 0xffL);
    }
}
