package pl.infolinia.server.phone;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.webrtc.BrowserPhones;

/**
 * The open browser phones, one per consultant: a page that registers replaces the consultant's
 * earlier page, and a page whose stream ends or can no longer be written to (a keep-alive every
 * {@link #KEEP_ALIVE}) is unregistered, its calls hung up; the consultant's other phones, if any, stay.
 */
@Component
class BrowserPhoneRegistry {

    /** How often a page's stream is written to, so that a page that has gone is noticed. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private record Open(PagePhone phone, BrowserPhones.Registration registration) {
    }

    private final ObjectProvider<Telephony> telephony;
    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("browser-phone-keep-alive").daemon(true).factory());

    BrowserPhoneRegistry(ObjectProvider<Telephony> telephony) {
        this.telephony = telephony;
        keepAlive.scheduleWithFixedDelay(() -> open.values().forEach(o -> o.phone().keepAlive()),
                KEEP_ALIVE.toSeconds(), KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        keepAlive.shutdownNow();
    }

    /** Registers a new page phone for {@code user}; empty if the engine takes no browser phones. */
    Optional<PagePhone> register(String user) {
        if (!(telephony.getIfAvailable() instanceof BrowserPhones phones)) {
            return Optional.empty();
        }
        AtomicReference<Open> registered = new AtomicReference<>();
        Runnable gone = () -> {
            Open opened = registered.get();
            if (opened != null && open.remove(user, opened)) {
                close(opened);
            }
        };
        PagePhone phone = new PagePhone(gone);
        Open opened = new Open(phone, phones.registerBrowserPhone(user, phone));
        registered.set(opened);
        Optional.ofNullable(open.put(user, opened)).ifPresent(earlier -> {
            earlier.phone().dismissed("replaced");
            close(earlier);
        });
        phone.stream().onCompletion(gone);
        phone.stream().onTimeout(gone);
        phone.stream().onError(error -> gone.run());
        return Optional.of(phone.registered());
    }

    /** The user's own open page phone. */
    Optional<PagePhone> of(String user) {
        return Optional.ofNullable(open.get(user)).map(Open::phone);
    }

    /** Unregisters the user's page phone, e.g. when they choose their SIP phone. */
    void unregister(String user) {
        Optional.ofNullable(open.remove(user)).ifPresent(earlier -> {
            earlier.phone().dismissed("unregistered");
            close(earlier);
        });
    }

    private static void close(Open opened) {
        opened.registration().close();
        opened.phone().hangUpAll();
        opened.phone().stream().complete();
    }
}
