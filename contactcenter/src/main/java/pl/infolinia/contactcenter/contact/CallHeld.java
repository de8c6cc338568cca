package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/** The consultant put the citizen on hold (music); the hold time counts into the handle time. */
public record CallHeld(ContactId contactId, Instant at, AgentId agentId) implements CallEvent {

    public CallHeld {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }
}
