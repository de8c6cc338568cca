package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * The call was handed to another agent, queue or office, e.g. target {@code office:ZUS}.
 *
 * <p>{@code agentId} is the agent who transferred it, or null when the IVR sent it to an office.
 */
public record CallTransferred(ContactId contactId, Instant at, AgentId agentId, String target, boolean attended) implements CallEvent {

    public CallTransferred {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.ofNullable(agentId);
    }

    @Override
    public Map<String, String> data() {
        return Map.of("target", target, "attended", Boolean.toString(attended));
    }
}
