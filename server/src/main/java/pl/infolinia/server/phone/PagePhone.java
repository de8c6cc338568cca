package pl.infolinia.server.phone;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import pl.infolinia.telephony.webrtc.BrowserCall;
import pl.infolinia.telephony.webrtc.BrowserPhone;

/**
 * One desk page's browser phone: the engine's calls go to the page as events on its stream
 * ("ring" with the caller and the SDP offer, "ended"); the page's replies come back as POSTs
 * that find the call here by its id.
 */
final class PagePhone implements BrowserPhone {

    private static final Logger LOG = LoggerFactory.getLogger(PagePhone.class);
    static final Duration STREAM_LIFETIME = Duration.ofHours(12);

    private final SseEmitter stream = new SseEmitter(STREAM_LIFETIME.toMillis());
    private final Map<String, BrowserCall> calls = new ConcurrentHashMap<>();
    private final Runnable gone;

    /** @param gone run when the page cannot be reached any more (its stream failed) */
    PagePhone(Runnable gone) {
        this.gone = gone;
    }

    /** Says at once that the page is registered: the stream's first bytes also open the page's EventSource. */
    PagePhone registered() {
        send("registered", Map.of());
        return this;
    }

    SseEmitter stream() {
        return stream;
    }

    Optional<BrowserCall> call(String id) {
        return Optional.ofNullable(calls.get(id));
    }

    @Override
    public void ring(BrowserCall call) {
        calls.put(call.id(), call);
        send("ring", Map.of("id", call.id(), "caller", call.caller(), "sdp", call.offer()));
    }

    @Override
    public void ended(BrowserCall call) {
        calls.remove(call.id());
        send("ended", Map.of("id", call.id()));
    }

    /**
     * Tells the page it is no longer the phone ({@code why}: "replaced" by another page of the
     * same consultant, or "unregistered" as they chose their SIP phone), so that it does not
     * reconnect and take the registration back.
     */
    void dismissed(String why) {
        send("dismissed", Map.of("reason", why));
    }

    /** Ends the page's calls as if it hung up, e.g. when its stream closes. */
    void hangUpAll() {
        calls.values().forEach(BrowserCall::hangUp);
        calls.clear();
    }

    /** A comment on the stream: a page that has gone (tab closed, network lost) is noticed when it fails. */
    void keepAlive() {
        send(SseEmitter.event().comment("keep-alive"), "keep-alive");
    }

    private void send(String name, Map<String, String> data) {
        send(SseEmitter.event().name(name).data(data), name);
    }

    private void send(SseEmitter.SseEventBuilder event, String what) {
        try {
            stream.send(event);
        } catch (IOException | IllegalStateException e) {
            LOG.debug("browser phone page gone while sending {}: {}", what, e.toString());
            gone.run();
        }
    }
}
