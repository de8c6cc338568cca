package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/** The consultant resumed the recording after a pause. */
public record RecordingResumed(ContactId contactId, Instant at, AgentId agentId) implements CallEvent {

    public RecordingResumed {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }
}
