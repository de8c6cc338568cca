package pl.infolinia.contactcenter.contact;

import java.util.List;

/**
 * The one store of what happened to contacts and agents: append-only, read back per contact or
 * newest first with filters.
 *
 * <p>Callers append an event before acting on it or telling anyone, so that whatever the live
 * views show is already stored. Implementations are thread-safe; {@code append} returns once the
 * event is durable as far as the implementation goes (in memory: at once; JDBC: committed).
 */
public interface ContactEventLog {

    void append(ContactEvent event);

    /** A contact's events in the order they were appended; empty for an unknown contact. */
    List<ContactEvent> read(ContactId contact);

    /**
     * Events passing the filters, newest first, at most {@code query.limit()}. With a caller
     * filter, only events of contacts that arrived from that caller.
     */
    List<ContactEvent> events(ContactQuery query);

    /**
     * Contacts with at least one event passing the filters, newest arrival first, at most
     * {@code query.limit()}: the list behind {@code GET /api/contacts}.
     */
    List<ContactId> contacts(ContactQuery query);
}
