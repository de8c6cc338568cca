package pl.infolinia.server.telephony;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Phones of simulated consultants for {@code --demo-traffic}: a consultant's name and where its
 * simulated phone answers on loopback. Empty unless demo traffic runs; a real phone registered
 * for the same consultant is always called first.
 */
@Component
public class SimulatedPhones {

    private final Map<String, String> phones = new ConcurrentHashMap<>();

    /** Routes calls for {@code user} to a simulated phone at {@code uri} (loopback only). */
    public void add(String user, String uri) {
        if (!uri.matches("sip:[A-Za-z0-9._-]+@127\\.0\\.0\\.1:[0-9]{1,5}")) {
            throw new IllegalArgumentException("a simulated phone answers on loopback, not at " + uri);
        }
        phones.put(user, uri);
    }

    Optional<String> uri(String user) {
        return Optional.ofNullable(phones.get(user));
    }
}
