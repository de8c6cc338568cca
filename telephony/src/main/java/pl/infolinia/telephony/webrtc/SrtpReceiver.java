package pl.infolinia.telephony.webrtc;

import java.util.Arrays;
import java.util.Optional;

/**
 * Checks and decrypts what a browser sends: SRTP to plain RTP, SRTCP to plain RTCP (RFC 3711).
 *
 * <p>A packet whose tag does not verify, or that was seen before (a 64-packet replay window),
 * is refused. The rollover counter is guessed from the sequence number as RFC 3711 Appendix A
 * says. Used by the receiving thread only.
 */
final class SrtpReceiver {

    private final SrtpCipher rtp;
    private final SrtpCipher rtcp;
    private int rollover;
    private int highestSequence = -1;
    private final ReplayWindow rtpSeen = new ReplayWindow();
    private final ReplayWindow rtcpSeen = new ReplayWindow();

    SrtpReceiver(SrtpSessionKeys keys) {
        rtp = new SrtpCipher(keys.rtpKey, keys.rtpSalt, keys.rtpAuthKey);
        rtcp = new SrtpCipher(keys.rtcpKey, keys.rtcpSalt, keys.rtcpAuthKey);
    }

    /** The plain RTP packet, or empty if it is too short, forged or replayed. */
    Optional<byte[]> unprotectRtp(byte[] packet, int length) {
        int plainLength = length - SrtpCipher.TAG_BYTES;
        if (plainLength < 12) {
            return Optional.empty();
        }
        int header = RtpHeaders.length(packet, plainLength);
        int sequence = RtpHeaders.sequence(packet);
        int guessed = guessRollover(sequence);
        long index = ((long) guessed << 16) | sequence;
        if (header > plainLength || !rtp.verify(packet, plainLength, guessed, packet, plainLength)
                || !rtpSeen.fresh(index)) {
            return Optional.empty();
        }
        if (highestSequence < 0 || index > (((long) rollover << 16) | highestSequence)) {
            rollover = guessed;
            highestSequence = sequence;
        }
        byte[] plain = Arrays.copyOf(packet, plainLength);
        rtp.crypt(plain, header, plainLength - header, RtpHeaders.ssrc(packet), index);
        return Optional.of(plain);
    }

    /** The plain RTCP packet, or empty if it is too short, forged or replayed. */
    Optional<byte[]> unprotectRtcp(byte[] packet, int length) {
        int plainLength = length - 4 - SrtpCipher.TAG_BYTES;
        if (plainLength < 8) {
            return Optional.empty();
        }
        int flagged = ((packet[plainLength] & 0xff) << 24) | ((packet[plainLength + 1] & 0xff) << 16)
                | ((packet[plainLength + 2] & 0xff) << 8) | (packet[plainLength + 3] & 0xff);
        int index = flagged & 0x7fffffff;
        if (!rtcp.verify(packet, plainLength, flagged, packet, plainLength + 4) || !rtcpSeen.fresh(index)) {
            return Optional.empty();
        }
        byte[] plain = Arrays.copyOf(packet, plainLength);
        if (flagged < 0) { // E flag: the browser encrypted it
            rtcp.crypt(plain, 8, plainLength - 8, RtpHeaders.rtcpSsrc(packet), index);
        }
        return Optional.of(plain);
    }

    // RFC 3711 Appendix A: the index closest to the highest one seen so far
    private int guessRollover(int sequence) {
        if (highestSequence < 0) {
            return rollover;
        }
        if (highestSequence < 0x8000) {
            return sequence - highestSequence > 0x8000 ? rollover - 1 : rollover;
        }
        return highestSequence - 0x8000 > sequence ? rollover + 1 : rollover;
    }

    /** Which of the last 64 indexes were seen (RFC 3711 §3.3.2). */
    private static final class ReplayWindow {
        private long highest = -1;
        private long seen;

        boolean fresh(long index) {
            if (index > highest) {
                long shift = highest < 0 ? 64 : index - highest;
                seen = shift >= 64 ? 1 : (seen << shift) | 1;
                highest = index;
                return true;
            }
            long age = highest - index;
            if (age >= 64 || (seen & (1L << age)) != 0) {
                return false;
            }
            seen |= 1L << age;
            return true;
        }
    }
}
