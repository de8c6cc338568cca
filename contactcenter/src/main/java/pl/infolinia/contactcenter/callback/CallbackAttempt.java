package pl.infolinia.contactcenter.callback;

import java.time.Instant;
import pl.infolinia.contactcenter.agent.AgentId;

/** One dial-out: when, by which agent, and how it ended. */
public record CallbackAttempt(Instant at, AgentId agent, CallbackOutcome outcome) {
}
