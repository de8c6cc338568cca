package pl.infolinia.telephony.media;

/** A datagram on a media port that is not a well-formed RTP or RTCP packet. */
public final class MalformedRtpPacket extends RuntimeException {

    public MalformedRtpPacket(String message) {
        super(message);
    }
}
