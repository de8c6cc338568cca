package pl.infolinia.contactcenter.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;

/** An agent answered the call after it waited in the queue. */
public record CallAnswered(ContactId contactId, Instant at, QueueCode queueCode, AgentId agentId, Duration waited) implements CallEvent {

    public CallAnswered {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(queueCode, "queueCode");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(waited, "waited");
    }

    @Override
    public Optional<QueueCode> queue() {
        return Optional.of(queueCode);
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }

    @Override
    public Map<String, String> data() {
        return Map.of("waited", waited.toString());
    }
}
