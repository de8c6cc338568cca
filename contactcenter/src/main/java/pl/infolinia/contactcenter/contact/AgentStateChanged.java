package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;

/** A consultant's presence or activity changed; {@code reason} says why a break began, else empty. */
public record AgentStateChanged(AgentId agentId, Instant at, AgentPresence presence, AgentActivity activity,
        String reason) implements ContactEvent {

    public AgentStateChanged {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(activity, "activity");
        reason = reason == null ? "" : reason;
    }

    @Override
    public Optional<ContactId> contact() {
        return Optional.empty();
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }

    @Override
    public Map<String, String> data() {
        return reason.isEmpty()
                ? Map.of("presence", presence.name(), "activity", activity.name())
                : Map.of("presence", presence.name(), "activity", activity.name(), "reason", reason);
    }
}
