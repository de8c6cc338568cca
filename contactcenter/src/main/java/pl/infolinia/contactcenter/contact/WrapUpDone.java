package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/** The agent finished the notes after the call and is free for the next one. */
public record WrapUpDone(ContactId contactId, Instant at, AgentId agentId) implements CallEvent {

    public WrapUpDone {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }
}
