package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/** The consultant started recording a call whose queue records on demand; it is recorded from here on. */
public record RecordingStarted(ContactId contactId, Instant at, AgentId agentId) implements CallEvent {

    public RecordingStarted {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }
}
