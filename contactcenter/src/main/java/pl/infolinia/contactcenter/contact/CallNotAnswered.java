package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;

/** The agent let an offered call ring out, or logged out while it rang; the call goes back to its place. */
public record CallNotAnswered(ContactId contactId, Instant at, QueueCode queueCode, AgentId agentId) implements CallEvent {

    public CallNotAnswered {
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
