package pl.infolinia.telephony.sip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import pl.infolinia.telephony.Endpoint;
import pl.infolinia.telephony.EndpointRegistered;
import pl.infolinia.telephony.EndpointUnregistered;
import pl.infolinia.telephony.TelephonyEvent;

/**
 * The registrar's bindings: for each user, the contacts of its phones and when they expire.
 *
 * <p>Expired contacts are removed when a user's bindings are next read or updated and by
 * {@link #purge}, and each removal is reported as {@link EndpointUnregistered}. Updates of one
 * user are atomic; different users do not wait for each other.
 */
final class Registrations {

    /** One contact of one user, with the REGISTER that last set it. */
    record Binding(String contact, Instant expires, String callId, long cseq) {
    }

    private final Map<String, List<Binding>> bindings = new ConcurrentHashMap<>();
    private final Consumer<TelephonyEvent> events;

    Registrations(Consumer<TelephonyEvent> events) {
        this.events = events;
    }

    /**
     * Adds, refreshes ({@code expires} in the future) or removes ({@code expires} now or past)
     * one contact, and returns the user's bindings afterwards.
     */
    List<Binding> update(String user, Binding change, Instant now) {
        List<TelephonyEvent> happened = new ArrayList<>();
        List<Binding> result = bindings.compute(user, (key, current) -> {
            List<Binding> next = live(user, current, now, happened);
            next.removeIf(b -> b.contact().equals(change.contact()));
            if (change.expires().isAfter(now)) {
                next.add(change);
                happened.add(new EndpointRegistered(user, change.contact(), change.expires()));
            } else if (current != null && current.stream().anyMatch(b -> b.contact().equals(change.contact()))) {
                happened.add(new EndpointUnregistered(user, change.contact()));
            }
            return next.isEmpty() ? null : List.copyOf(next);
        });
        happened.forEach(events);
        return result == null ? List.of() : result;
    }

    /** Removes every contact of the user (REGISTER with {@code Contact: *}). */
    void removeAll(String user) {
        List<Binding> removed = bindings.remove(user);
        if (removed != null) {
            removed.forEach(b -> events.accept(new EndpointUnregistered(user, b.contact())));
        }
    }

    List<Binding> of(String user, Instant now) {
        List<TelephonyEvent> happened = new ArrayList<>();
        List<Binding> result = bindings.computeIfPresent(user, (key, current) -> {
            List<Binding> next = live(user, current, now, happened);
            return next.isEmpty() ? null : List.copyOf(next);
        });
        happened.forEach(events);
        return result == null ? List.of() : result;
    }

    Optional<Endpoint> endpoint(String user, Instant now) {
        List<Binding> live = of(user, now);
        return live.isEmpty() ? Optional.empty() : Optional.of(new Endpoint(user,
                live.stream().map(b -> new Endpoint.Contact(b.contact(), b.expires())).toList()));
    }

    List<Endpoint> endpoints(Instant now) {
        return bindings.keySet().stream().map(user -> endpoint(user, now)).flatMap(Optional::stream).toList();
    }

    /** Drops the expired contacts of all users. */
    void purge(Instant now) {
        bindings.keySet().forEach(user -> of(user, now));
    }

    private List<Binding> live(String user, List<Binding> current, Instant now, List<TelephonyEvent> happened) {
        List<Binding> next = new ArrayList<>();
        if (current != null) {
            for (Binding binding : current) {
                if (binding.expires().isAfter(now)) {
                    next.add(binding);
                } else {
                    happened.add(new EndpointUnregistered(user, binding.contact()));
                }
            }
        }
        return next;
    }
}
