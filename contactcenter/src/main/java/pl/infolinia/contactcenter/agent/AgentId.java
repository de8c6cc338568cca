package pl.infolinia.contactcenter.agent;

import java.util.Objects;

/** The login of a consultant, the same as their SIP user, e.g. {@code agent1}. */
public record AgentId(String value) implements Comparable<AgentId> {

    public AgentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("agent id is blank");
        }
    }

    public static AgentId of(String value) {
        return new AgentId(value);
    }

    @Override
    public int compareTo(AgentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
