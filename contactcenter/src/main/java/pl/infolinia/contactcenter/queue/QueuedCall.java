package pl.infolinia.contactcenter.queue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * A call held by the ACD, as a snapshot for wallboards and tests.
 *
 * <p>{@code order} is the call's place among calls of equal priority: it is kept when the call is
 * re-offered after no answer, moved to an overflow queue, or turned into a callback.
 * {@code agents} are those ringing (RINGING) or the one talking (CONNECTED).
 */
public record QueuedCall(ContactId contact, QueueCode queue, int priority, long order, Instant arrivedAt,
        CallStatus status, Set<AgentId> agents, Optional<String> callbackNumber, Instant eligibleFrom) {

    public QueuedCall {
        agents = Set.copyOf(agents);
    }
}
