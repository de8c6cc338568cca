package pl.infolinia.telephony.webrtc;

import java.security.SecureRandom;
import pl.infolinia.telephony.media.RtpPorts;

/**
 * What every browser leg of one engine shares: the DTLS certificate (made at start) and a
 * strong random source for ICE credentials and keys.
 */
public final class WebRtcMedia {

    private final DtlsCertificate certificate = DtlsCertificate.generate();
    private final SecureRandom random = new SecureRandom();

    /** A browser transport on the given RTP port; it owns the ports from now on. */
    public WebRtcTransport open(RtpPorts.Pair ports) {
        return new WebRtcTransport(ports, certificate, random);
    }
}
