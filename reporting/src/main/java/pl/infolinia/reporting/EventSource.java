package pl.infolinia.reporting;

import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import pl.infolinia.contactcenter.contact.ContactEvent;

/**
 * The event store as reports read it: every event in [from, to), handed over one at a time so
 * that a month is never held in memory as events; each contact's events, and each consultant's,
 * in the order they were stored (the figures fold contacts and consultants apart, so the order
 * between them does not matter).
 */
public interface EventSource {

    void read(Instant from, Instant to, Consumer<ContactEvent> sink);

    /**
     * Only the events of the given {@linkplain ContactEvent#type() types}, in store order. A store
     * that can leave the others out before decoding them (the database's) should override this.
     */
    default void read(Instant from, Instant to, Set<String> types, Consumer<ContactEvent> sink) {
        read(from, to, event -> {
            if (types.contains(event.type())) {
                sink.accept(event);
            }
        });
    }
}
