package pl.infolinia.telephony;

import java.nio.file.Path;

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
 */
public record TelephonySettings(String address, int sipPort, String realm, int maxMessageBytes,
                                int rtpPortMin, int rtpPortMax, Path prompts) {

    public TelephonySettings {
        if (sipPort < 0 || sipPort > 65535) {
            throw new IllegalArgumentException("SIP port out of range: " + sipPort);
        }
        if (maxMessageBytes < 4096) {
            throw new IllegalArgumentException("SIP messages of 4 KB must be accepted, got " + maxMessageBytes);
        }
        if (rtpPortMin < 1024 || rtpPortMax > 65535 || rtpPortMax - rtpPortMin < 3) {
            throw new IllegalArgumentException("RTP port range " + rtpPortMin + "-" + rtpPortMax + " is not usable");
        }
    }

    /** 0.0.0.0:5060, realm "infolinia", 16 KB messages, RTP on 10000-20000, prompts in ./prompts. */
    public static TelephonySettings defaults() {
        return new TelephonySettings("0.0.0.0", 5060, "infolinia", 16 * 1024, 10000, 20000, Path.of("prompts"));
    }

    public TelephonySettings withAddress(String newAddress) {
        return new TelephonySettings(newAddress, sipPort, realm, maxMessageBytes, rtpPortMin, rtpPortMax, prompts);
    }

    public TelephonySettings withSipPort(int newPort) {
        return new TelephonySettings(address, newPort, realm, maxMessageBytes, rtpPortMin, rtpPortMax, prompts);
    }

    public TelephonySettings withRtpPorts(int min, int max) {
        return new TelephonySettings(address, sipPort, realm, maxMessageBytes, min, max, prompts);
    }

    public TelephonySettings withPrompts(Path newPrompts) {
        return new TelephonySettings(address, sipPort, realm, maxMessageBytes, rtpPortMin, rtpPortMax, newPrompts);
    }
}
