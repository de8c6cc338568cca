package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/** An agent's callback dial-out ended with an outcome such as {@code CONNECTED} or {@code NO_ANSWER}. */
public record CallbackAttempted(ContactId contactId, Instant at, AgentId agentId, int attempt, String outcome) implements CallEvent {

    public CallbackAttempted {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }

    @Override
    public Map<String, String> data() {
        return Map.of("attempt", Integer.toString(attempt), "outcome", outcome);
    }
}
