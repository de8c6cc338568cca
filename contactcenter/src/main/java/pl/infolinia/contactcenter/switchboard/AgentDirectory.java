package pl.infolinia.contactcenter.switchboard;

import java.util.Optional;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * Who may take calls, as the platform's users say: a consultant with skills. Asked when a phone
 * registers for someone the ACD does not know yet, e.g. a consultant created after start.
 */
@FunctionalInterface
public interface AgentDirectory {

    /** Nobody beyond the agents the ACD was built with. */
    AgentDirectory NONE = agent -> Optional.empty();

    Optional<Agent> agent(AgentId id);
}
