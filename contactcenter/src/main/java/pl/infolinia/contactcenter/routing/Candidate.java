package pl.infolinia.contactcenter.routing;

import java.time.Instant;
import pl.infolinia.contactcenter.agent.AgentId;

/** A free agent who could take a queue's call: their level in its skill and since when idle. */
public record Candidate(AgentId id, int level, Instant idleSince) {
}
