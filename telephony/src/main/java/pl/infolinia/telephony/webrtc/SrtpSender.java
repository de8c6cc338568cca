package pl.infolinia.telephony.webrtc;

import java.util.Arrays;

/**
 * Protects what we send to a browser: RTP as SRTP and RTCP as SRTCP, AES-CM with HMAC-SHA1-80
 * (RFC 3711, profile SRTP_AES128_CM_HMAC_SHA1_80).
 *
 * <p>The rollover counter counts sequence number wraps (one stream, one SSRC). Used by the media
 * clock's thread only.
 */
final class SrtpSender {

    private final SrtpCipher rtp;
    private final SrtpCipher rtcp;
    private int rollover;
    private int lastSequence = -1;
    private int rtcpIndex;

    SrtpSender(SrtpSessionKeys keys) {
        rtp = new SrtpCipher(keys.rtpKey, keys.rtpSalt, keys.rtpAuthKey);
        rtcp = new SrtpCipher(keys.rtcpKey, keys.rtcpSalt, keys.rtcpAuthKey);
    }

    /** The SRTP packet for one plain RTP packet: payload encrypted, 10-byte tag appended. */
    byte[] protectRtp(byte[] packet, int length) {
        int header = RtpHeaders.length(packet, length);
        int sequence = RtpHeaders.sequence(packet);
        if (lastSequence >= 0 && sequence < lastSequence && lastSequence - sequence > 0x8000) {
            rollover++;
        }
        lastSequence = sequence;
        byte[] out = Arrays.copyOf(packet, length + SrtpCipher.TAG_BYTES);
        long index = ((long) rollover << 16) | sequence;
        rtp.crypt(out, header, length - header, RtpHeaders.ssrc(packet), index);
        System.arraycopy(rtp.tag(out, length, rollover), 0, out, length, SrtpCipher.TAG_BYTES);
        return out;
    }

    /** The SRTCP packet for one plain RTCP packet: all after the first 8 bytes encrypted, E-flag and index, tag. */
    byte[] protectRtcp(byte[] packet, int length) {
        int index = rtcpIndex;
        rtcpIndex = (rtcpIndex + 1) & 0x7fffffff;
        byte[] out = Arrays.copyOf(packet, length + 4 + SrtpCipher.TAG_BYTES);
        rtcp.crypt(out, 8, length - 8, RtpHeaders.rtcpSsrc(packet), index);
        int flagged = 0x80000000 | index;
        out[length] = (byte) (flagged >>> 24);
        out[length + 1] = (byte) (flagged >>> 16);
        out[length + 2] = (byte) (flagged >>> 8);
        out[length + 3] = (byte) flagged;
        System.arraycopy(rtcp.tag(out, length, flagged), 0, out, length + 4, SrtpCipher.TAG_BYTES);
        return out;
    }
}
