package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/** The consultant paused the recording while the citizen gives sensitive data; the recording holds silence until it resumes. */
public record RecordingPaused(ContactId contactId, Instant at, AgentId agentId) implements CallEvent {

    public RecordingPaused {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }
}
