package pl.infolinia.contactcenter.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.agent.AgentId;

class CandidatePoolTest {

    private static final Instant T = Instant.parse("2026-04-07T08:00:00Z");
    private final Candidate anna = new Candidate(AgentId.of("anna"), 3, T.plusSeconds(30));
    private final Candidate bogdan = new Candidate(AgentId.of("bogdan"), 9, T.plusSeconds(60));
    private final Candidate celina = new Candidate(AgentId.of("celina"), 9, T);

    @Test
    void picksAmongWhoIsFreeNow() {
        CandidatePool pool = new CandidatePool(new LongestIdle());
        List.of(anna, bogdan, celina).forEach(pool::add);
        pool.remove(celina.id());
        assertThat(pool.pick(Optional.empty())).containsExactly(anna.id());
        pool.remove(anna.id());
        pool.remove(anna.id());
        assertThat(pool.pick(Optional.empty())).containsExactly(bogdan.id());
        pool.remove(bogdan.id());
        assertThat(pool.isEmpty()).isTrue();
        assertThat(pool.pick(Optional.empty())).isEmpty();
    }

    @Test
    void anAgentFreedAgainIsPlacedByTheirNewIdleTime() {
        CandidatePool pool = new CandidatePool(new SkillsBased());
        List.of(anna, bogdan, celina).forEach(pool::add);
        pool.add(new Candidate(celina.id(), 9, T.plusSeconds(90)));
        assertThat(pool.pick(Optional.empty())).containsExactly(bogdan.id());
    }

    @Test
    void roundRobinContinuesAfterAnAgentWhoIsNoLongerFree() {
        CandidatePool pool = new CandidatePool(new RoundRobin());
        List.of(anna, celina).forEach(pool::add);
        assertThat(pool.pick(Optional.of(bogdan.id()))).containsExactly(celina.id());
        assertThat(pool.pick(Optional.of(celina.id()))).containsExactly(anna.id());
    }

    @Test
    void picksAsTheFullScanOverCandidatesWouldForRandomPools() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<Candidate> candidates = new ArrayList<>();
            int size = random.nextInt(8);
            for (int i = 0; i < size; i++) {
                // distinct ids: a pool holds each agent once
                candidates.add(new Candidate(AgentId.of("a" + (i * 3 + random.nextInt(3))), 1 + random.nextInt(3),
                        T.plusSeconds(random.nextInt(5))));
            }
            Collections.shuffle(candidates, random);
            Optional<AgentId> last = random.nextBoolean() ? Optional.empty() : Optional.of(AgentId.of("a" + random.nextInt(24)));
            for (RoutingStrategy strategy : List.of(new LongestIdle(), new SkillsBased(), new RoundRobin(), new RingAll())) {
                assertThat(AgentPicker.pick(strategy, candidates, last)).isEqualTo(scan(strategy, candidates, last));
            }
        }
    }

    /** The picker as it was before the pool: a search over every candidate per call. */
    private static List<AgentId> scan(RoutingStrategy strategy, List<Candidate> candidates, Optional<AgentId> last) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        var longestIdle = Comparator.comparing(Candidate::idleSince).thenComparing(Candidate::id);
        List<AgentId> ids = candidates.stream().map(Candidate::id).sorted().toList();
        return switch (strategy) {
            case LongestIdle l -> List.of(candidates.stream().min(longestIdle).orElseThrow().id());
            case SkillsBased s -> List.of(candidates.stream()
                    .min(Comparator.comparing(Candidate::level).reversed().thenComparing(longestIdle))
                    .orElseThrow().id());
            case RoundRobin r -> List.of(last.flatMap(l -> ids.stream().filter(id -> id.compareTo(l) > 0).findFirst())
                    .orElse(ids.getFirst()));
            case RingAll a -> ids;
        };
    }
}
