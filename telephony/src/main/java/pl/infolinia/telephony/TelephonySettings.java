package pl.infolinia.telephony;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the engine listens: SIP address and port, digest realm, limits and where media lives.
 *
 * @param address         IP address to bind SIP and RTP to, e.g. 127.0.0.1
 * @param sipPort         UDP and TCP port for SIP (a fixed port: JAIN-SIP cannot bind port 0)
 * @param realm           digest realm shown to phones
 * @param maxMessageBytes larger SIP requests are answered 513
 * @param rtpPortMin      lowest RTP port (RTP even, RTCP the odd one above)
 * @param rtpPortMax      highest RTP/RTCP port
 * @param prompts         folder of WAV prompts that {@link MediaUri#prompt} names resolve in
 * @param tls             SIP over TLS besides UDP and TCP, when configured
 * @param publicAddress   the address phones and trunks reach us at when it is not {@code address}
 *                        (the engine behind NAT or a port forward): put in SDP and Contact
 */
public record TelephonySettings(String address, int sipPort, String realm, int maxMessageBytes,
                                int rtpPortMin, int rtpPortMax, Path prompts, Optional<SipTls> tls,
                                Optional<String> publicAddress) {

    /** Settings without TLS, announcing the address listened on. */
    public TelephonySettings(String address, int sipPort, String realm, int maxMessageBytes,
                             int rtpPortMin, int rtpPortMax, Path prompts) {
        this(address, sipPort, realm, maxMessageBytes, rtpPortMin, rtpPortMax, prompts, Optional.empty(), Optional.empty());
    }

    public TelephonySettings {
        if (sipPort < 0 || sipPort > 65535) {
            throw new IllegalArgumentException("SIP port out of range: " + sipPort);
        }
        if (maxMessageBytes < 4096) {
            throw new IllegalArgumentException("SIP messages of 4 KB must be accepted, got " + maxMessageBytes);
        }
        tls = tls == null ? Optional.empty() : tls;
        publicAddress = publicAddress == null ? Optional.empty() : publicAddress.filter(a -> !a.isBlank());
        if (rtpPortMin < 1024 || rtpPortMax > 65535 || rtpPortMax - rtpPortMin < 3) {
            throw new IllegalArgumentException("RTP port range " + rtpPortMin + "-" + rtpPortMax + " is not usable");
        }
    }

    /** 0.0.0.0:5060, realm "infolinia", 16 KB messages, RTP on 10000-20000, prompts in ./prompts. */
    public static TelephonySettings defaults() {
        return new TelephonySettings("0.0.0.0", 5060, "infolinia", 16 * 1024, 10000, 20000, Path.of("prompts"));
    }

    public TelephonySettings withAddress(String newAddress) {
        return new TelephonySettings(newAddress, sipPort, realm, maxMessageBytes, rtpPortMin, rtpPortMax, prompts, tls,
                publicAddress);
    }

    public TelephonySettings withSipPort(int newPort) {
        return new TelephonySettings(address, newPort, realm, maxMessageBytes, rtpPortMin, rtpPortMax, prompts, tls,
                publicAddress);
    }

    public TelephonySettings withRtpPorts(int min, int max) {
        return new TelephonySettings(address, sipPort, realm, maxMessageBytes, min, max, prompts, tls, publicAddress);
    }

    public TelephonySettings withPrompts(Path newPrompts) {
        return new TelephonySettings(address, sipPort, realm, maxMessageBytes, rtpPortMin, rtpPortMax, newPrompts, tls,
                publicAddress);
    }

    public TelephonySettings withTls(SipTls newTls) {
        return new TelephonySettings(address, sipPort, realm, maxMessageBytes, rtpPortMin, rtpPortMax, prompts,
                Optional.of(newTls), publicAddress);
    }

    public TelephonySettings withPublicAddress(String newPublicAddress) {
        return new TelephonySettings(address, sipPort, realm, maxMessageBytes, rtpPortMin, rtpPortMax, prompts, tls,
                Optional.of(newPublicAddress));
    }
}
