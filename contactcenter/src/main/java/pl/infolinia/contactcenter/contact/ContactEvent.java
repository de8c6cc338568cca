package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * Something that happened to a contact or an agent, as one row of the event store: time, type,
 * contact, office, queue, agent and the rest as {@link #data()}.
 *
 * <p>Events are past-tense records, appended to a {@link ContactEventLog} before anyone is told.
 * Live views, reports and the contact history are all read from them.
 */
public sealed interface ContactEvent permits CallEvent, AgentStateChanged {

    Instant at();

    /** The contact this is a step of; empty only for an agent's own state change. */
    Optional<ContactId> contact();

    default Optional<OfficeCode> office() {
        return Optional.empty();
    }

    default Optional<QueueCode> queue() {
        return Optional.empty();
    }

    default Optional<AgentId> agent() {
        return Optional.empty();
    }

    /** The fields that have no column of their own, as text for the store's data column. */
    default Map<String, String> data() {
        return Map.of();
    }

    /** The stored type name, e.g. {@code CallQueued}. */
    default String type() {
        return getClass().getSimpleName();
    }
}
