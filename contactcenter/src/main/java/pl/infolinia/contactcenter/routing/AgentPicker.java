package pl.infolinia.contactcenter.routing;

import java.util.List;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * Picks the agents to ring for one call from the free candidates, as the queue's strategy says.
 *
 * <p>Deterministic: ties are broken by agent id, so that the same state always routes the same
 * way. The ACD keeps a {@link CandidatePool} per queue instead of building one per call.
 */
public final class AgentPicker {

    private AgentPicker() {
    }

    /**
     * The agents to ring: one, or every candidate for {@link RingAll}; empty if there are no candidates.
     *
     * @param lastPicked the agent this queue picked last, which round-robin continues after
     */
    public static List<AgentId> pick(RoutingStrategy strategy, List<Candidate> candidates, Optional<AgentId> lastPicked) {
        CandidatePool pool = new CandidatePool(strategy);
        candidates.forEach(pool::add);
        return pool.pick(lastPicked);
    }
}
