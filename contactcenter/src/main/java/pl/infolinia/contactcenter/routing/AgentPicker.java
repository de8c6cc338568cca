package pl.infolinia.contactcenter.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * Picks the agents to ring for one call from the free candidates, as the queue's strategy says.
 *
 * <p>Deterministic: ties are broken by agent id, so that the same state always routes the same way.
 */
public final class AgentPicker {

    private static final Comparator<Candidate> LONGEST_IDLE =
            Comparator.comparing(Candidate::idleSince).thenComparing(Candidate::id);

    private AgentPicker() {
    }

    /**
     * The agents to ring: one, or every candidate for {@link RingAll}; empty if there are no candidates.
     *
     * @param lastPicked the agent this queue picked last, which round-robin continues after
     */
    public static List<AgentId> pick(RoutingStrategy strategy, List<Candidate> candidates, Optional<AgentId> lastPicked) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return switch (strategy) {
            case LongestIdle l -> List.of(candidates.stream().min(LONGEST_IDLE).orElseThrow().id());
            case SkillsBased s -> List.of(candidates.stream()
                    .min(Comparator.comparing(Candidate::level).reversed().thenComparing(LONGEST_IDLE))
                    .orElseThrow().id());
            case RoundRobin r -> List.of(nextAfter(candidates, lastPicked));
            case RingAll a -> candidates.stream().map(Candidate::id).sorted().toList();
        };
    }

    private static AgentId nextAfter(List<Candidate> candidates, Optional<AgentId> last) {
        List<AgentId> ids = candidates.stream().map(Candidate::id).sorted().toList();
        return last.flatMap(l -> ids.stream().filter(id -> id.compareTo(l) > 0).findFirst())
                .orElse(ids.getFirst());
    }
}
