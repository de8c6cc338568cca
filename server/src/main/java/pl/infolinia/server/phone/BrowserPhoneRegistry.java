package pl.infolinia.server.phone;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.webrtc.BrowserPhones;

/**
 * The open browser phones, one per consultant: a page that registers replaces the consultant's
 * earlier page, and a page whose stream ends is unregistered (the consultant's other phones, if
 * any, stay).
 */
@Component
class BrowserPhoneRegistry {

    private record Open(PagePhone phone, BrowserPhones.Registration registration) {
    }

    private final ObjectProvider<Telephony> telephony;
    private final Map<String, Open> open = new ConcurrentHashMap<>();

    BrowserPhoneRegistry(ObjectProvider<Telephony> telephony) {
        this.telephony = telephony;
    }

    /** Registers a new page phone for {@code user}; empty if the engine takes no browser phones. */
    Optional<PagePhone> register(String user) {
        if (!(telephony.getIfAvailable() instanceof BrowserPhones phones)) {
            return Optional.empty();
        }
        PagePhone phone = new PagePhone();
        Open opened = new Open(phone, phones.registerBrowserPhone(user, phone));
        Optional.ofNullable(open.put(user, opened)).ifPresent(BrowserPhoneRegistry::close);
        Runnable gone = () -> {
            if (open.remove(user, opened)) {
                close(opened);
            }
        };
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
        Optional.ofNullable(open.remove(user)).ifPresent(BrowserPhoneRegistry::close);
    }

    private static void close(Open opened) {
        opened.registration().close();
        opened.phone().hangUpAll();
        opened.phone().stream().complete();
    }
}
