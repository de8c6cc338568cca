package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * Filters for reading the event store newest first, as {@code GET /api/contacts} offers them.
 *
 * <p>Empty fields match everything. The time range is half-open, [from, to). {@code caller}
 * matches the number a contact arrived from, so it selects whole contacts.
 */
public record ContactQuery(Optional<Instant> from, Optional<Instant> to, Optional<OfficeCode> office,
        Optional<QueueCode> queue, Optional<AgentId> agent, Optional<String> caller, int limit) {

    public static final int DEFAULT_LIMIT = 100;

    public ContactQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public static ContactQuery all() {
        return new ContactQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
    }

    public ContactQuery between(Instant fromInclusive, Instant toExclusive) {
        return new ContactQuery(Optional.of(fromInclusive), Optional.of(toExclusive), office, queue, agent, caller, limit);
    }

    public ContactQuery office(OfficeCode code) {
        return new ContactQuery(from, to, Optional.of(code), queue, agent, caller, limit);
    }

    public ContactQuery queue(QueueCode code) {
        return new ContactQuery(from, to, office, Optional.of(code), agent, caller, limit);
    }

    public ContactQuery agent(AgentId id) {
        return new ContactQuery(from, to, office, queue, Optional.of(id), caller, limit);
    }

    public ContactQuery caller(String number) {
        return new ContactQuery(from, to, office, queue, agent, Optional.of(number), limit);
    }

    public ContactQuery limit(int max) {
        return new ContactQuery(from, to, office, queue, agent, caller, max);
    }

    /** Whether one event passes the time, office, queue and agent filters (not the caller filter). */
    public boolean matches(ContactEvent event) {
        return from.map(f -> !event.at().isBefore(f)).orElse(true)
                && to.map(t -> event.at().isBefore(t)).orElse(true)
                && office.map(o -> event.office().equals(Optional.of(o))).orElse(true)
                && queue.map(q -> event.queue().equals(Optional.of(q))).orElse(true)
                && agent.map(a -> event.agent().equals(Optional.of(a))).orElse(true);
    }
}
