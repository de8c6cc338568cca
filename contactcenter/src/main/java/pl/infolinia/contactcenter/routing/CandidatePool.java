package pl.infolinia.contactcenter.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * The free agents who could take one queue's calls, kept in the order its strategy prefers, so
 * that a pick is a lookup rather than a search.
 *
 * <p>Agents come and go as they become free or busy; a pick does not remove anyone (ringing the
 * picked agents does, through the owner). Ties are broken by agent id. Not thread-safe.
 */
public final class CandidatePool {

    private static final Comparator<Candidate> BY_ID = Comparator.comparing(Candidate::id);
    private static final Comparator<Candidate> LONGEST_IDLE =
            Comparator.comparing(Candidate::idleSince).thenComparing(BY_ID);
    private static final Comparator<Candidate> HIGHEST_LEVEL =
            Comparator.comparingInt((Candidate c) -> -c.level()).thenComparing(LONGEST_IDLE);

    private final RoutingStrategy strategy;
    private final NavigableSet<Candidate> free;
    private final Map<AgentId, Candidate> byAgent = new HashMap<>();

    public CandidatePool(RoutingStrategy strategy) {
        this.strategy = strategy;
        this.free = new TreeSet<>(switch (strategy) {
            case LongestIdle l -> LONGEST_IDLE;
            case SkillsBased s -> HIGHEST_LEVEL;
            case RoundRobin r -> BY_ID;
            case RingAll a -> BY_ID;
        });
    }

    /** The agent is free; a candidate already in the pool is replaced. */
    public void add(Candidate candidate) {
        remove(candidate.id());
        byAgent.put(candidate.id(), candidate);
        free.add(candidate);
    }

    /** The agent is no longer free; nothing happens if they were not in the pool. */
    public void remove(AgentId agent) {
        Candidate candidate = byAgent.remove(agent);
        if (candidate != null) {
            free.remove(candidate);
        }
    }

    public boolean isEmpty() {
        return free.isEmpty();
    }

    /**
     * The agents to ring: one, or every candidate for {@link RingAll}; empty if there are no candidates.
     *
     * @param lastPicked the agent this queue picked last, which round-robin continues after
     */
    public List<AgentId> pick(Optional<AgentId> lastPicked) {
        if (free.isEmpty()) {
            return List.of();
        }
        return switch (strategy) {
            case LongestIdle l -> List.of(free.first().id());
            case SkillsBased s -> List.of(free.first().id());
            case RoundRobin r -> List.of(nextAfter(lastPicked));
            case RingAll a -> everyone();
        };
    }

    private AgentId nextAfter(Optional<AgentId> last) {
        Candidate next = last.map(id -> free.higher(new Candidate(id, 0, Instant.EPOCH))).orElse(null);
        return (next != null ? next : free.first()).id();
    }

    private List<AgentId> everyone() {
        List<AgentId> ids = new ArrayList<>(free.size());
        free.forEach(c -> ids.add(c.id()));
        return List.copyOf(ids);
    }
}
