package pl.infolinia.telephony.webrtc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.infolinia.telephony.UnsupportedMediaFormat;

/**
 * The SDP spoken with a browser (JSEP, RFC 8829): our offer of one audio stream over
 * UDP/TLS/RTP/SAVPF with PCMU and telephone-event, ICE-lite with one host candidate, DTLS
 * fingerprint, rtcp-mux; and what we need from its answer.
 */
final class BrowserSdp {

    static final int TELEPHONE_EVENT = 101;
    private static final Pattern FINGERPRINT = Pattern.compile("(?m)^a=fingerprint:sha-256 ([0-9A-Fa-f:]{95})\\s*$");
    private static final Pattern SETUP = Pattern.compile("(?m)^a=setup:(\\w+)\\s*$");
    private static final Pattern AUDIO = Pattern.compile("(?m)^m=audio \\d+ UDP/TLS/RTP/SAVPF ([\\d ]+)\\s*$");
    private static final Pattern EVENT = Pattern.compile("(?m)^a=rtpmap:(\\d+) telephone-event/8000\\s*$");

    private BrowserSdp() {
    }

    static String offer(String address, int port, IceCredentials ice, String fingerprint, long sessionId) {
        return String.join("\r\n",
                "v=0",
                "o=- " + sessionId + " 1 IN IP4 " + address,
                "s=infolinia",
                "t=0 0",
                "a=group:BUNDLE 0",
                "a=ice-lite",
                "m=audio " + port + " UDP/TLS/RTP/SAVPF 0 " + TELEPHONE_EVENT,
                "c=IN IP4 " + address,
                "a=rtcp:" + port + " IN IP4 " + address,
                "a=ice-ufrag:" + ice.ufrag(),
                "a=ice-pwd:" + ice.password(),
                "a=fingerprint:sha-256 " + fingerprint,
                "a=setup:actpass",
                "a=mid:0",
                "a=sendrecv",
                "a=rtcp-mux",
                "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:" + TELEPHONE_EVENT + " telephone-event/8000",
                "a=fmtp:" + TELEPHONE_EVENT + " 0-15",
                "a=candidate:1 1 udp 2130706431 " + address + " " + port + " typ host",
                "a=end-of-candidates",
                "");
    }

    /** What a browser's answer agreed to. */
    record Answer(String fingerprint, int telephoneEvent) {
    }

    /**
     * Reads a browser's answer to our offer.
     *
     * @throws UnsupportedMediaFormat if it lacks PCMU, a SHA-256 fingerprint, or takes the DTLS
     *                                client role from us (setup other than active)
     */
    static Answer parseAnswer(String sdp) {
        Matcher audio = AUDIO.matcher(sdp);
        if (!audio.find() || !(" " + audio.group(1).trim() + " ").contains(" 0 ")) {
            throw new UnsupportedMediaFormat("browser answer without PCMU over UDP/TLS/RTP/SAVPF");
        }
        Matcher fingerprint = FINGERPRINT.matcher(sdp);
        if (!fingerprint.find()) {
            throw new UnsupportedMediaFormat("browser answer without a sha-256 fingerprint");
        }
        Matcher setup = SETUP.matcher(sdp);
        if (!setup.find() || !setup.group(1).equals("active")) {
            throw new UnsupportedMediaFormat("browser answer must take a=setup:active (we are the DTLS server)");
        }
        int event = Optional.of(EVENT.matcher(sdp)).filter(Matcher::find).map(m -> Integer.parseInt(m.group(1)))
                .orElse(-1);
        return new Answer(fingerprint.group(1), event);
    }
}
