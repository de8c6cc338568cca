package pl.infolinia.telephony.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import pl.infolinia.telephony.CallNotAnswered;
import pl.infolinia.telephony.media.G711;
import pl.infolinia.telephony.media.RtpPorts;
import pl.infolinia.telephony.webrtc.BrowserPhone;
import pl.infolinia.telephony.webrtc.WebRtcMedia;
import pl.infolinia.telephony.webrtc.WebRtcTransport;

/**
 * Calls browser phones: each registered one is a contact {@code webrtc:<id>} of its user. Ringing
 * hands the page our SDP offer; its answer makes an answered {@link SipChannel} over a
 * {@link WebRtcTransport}, so the rest of the engine cannot tell it from a SIP phone.
 */
final class BrowserDialer {

    static final String SCHEME = "webrtc:";

    private final Map<String, BrowserPhone> phones = new ConcurrentHashMap<>();
    private final WebRtcMedia webrtc = new WebRtcMedia();
    private final CallMedia media;
    private final Calls calls;

    BrowserDialer(CallMedia media, Calls calls) {
        this.media = media;
        this.calls = calls;
    }

    static boolean isBrowser(String contact) {
        return contact.startsWith(SCHEME);
    }

    void add(String contact, BrowserPhone phone) {
        phones.put(contact, phone);
    }

    void remove(String contact) {
        phones.remove(contact);
    }

    SipChannel dial(String user, String contact, String callerId, Duration timeout) {
        BrowserPhone phone = Optional.ofNullable(phones.get(contact))
                .orElseThrow(() -> new CallNotAnswered(user, 404, "browser phone gone"));
        RtpPorts.Pair ports;
        try {
            ports = media.ports().allocate();
        } catch (IOException e) {
            throw new CallNotAnswered(user, 503, "no RTP port free");
        }
        WebRtcTransport transport = webrtc.open(ports);
        BrowserLeg leg = new BrowserLeg(callerId, user, transport.offer(media.address(), System.currentTimeMillis()),
                transport, phone, calls);
        try {
            phone.ring(leg);
            String answer = await(leg, user, timeout);
            if (answer == null) {
                throw new CallNotAnswered(user, 603, "declined on the browser phone");
            }
        } catch (RuntimeException e) {
            phone.ended(leg);
            closeQuietly(transport);
            throw e;
        }
        // the browser's address is learnt from its first connectivity check; until then, nowhere
        SipChannel channel = SipChannel.answered(leg, transport, new InetSocketAddress(media.address(), 9), G711.PCMU,
                leg.telephoneEvent(), media);
        leg.connected(channel);
        return channel;
    }

    private static String await(BrowserLeg leg, String user, Duration timeout) {
        try {
            return leg.reply().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            leg.decline();
            throw new CallNotAnswered(user, 408, "no answer in " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new CallNotAnswered(user, 500, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            leg.decline();
            throw new CallNotAnswered(user, 487, "interrupted");
        }
    }

    private static void closeQuietly(WebRtcTransport transport) {
        try {
            transport.close();
        } catch (IOException e) {
            // nothing to do: the ports are being given up anyway
        }
    }
}
