package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;

/** The ACD offered the call to an agent, whose phone now rings. */
public record CallOffered(ContactId contactId, Instant at, QueueCode queueCode, AgentId agentId) implements CallEvent {

    public CallOffered {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(queueCode, "queueCode");
        Objects.requireNonNull(agentId, "agentId");
    }

    @Override
    public Optional<QueueCode> queue() {
        return Optional.of(queueCode);
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }
}
