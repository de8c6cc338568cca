package pl.infolinia.contactcenter.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.agent.AgentId;

class AgentPickerTest {

    private static final Instant T = Instant.parse("2026-04-07T08:00:00Z");
    private final Candidate anna = new Candidate(AgentId.of("anna"), 3, T.plusSeconds(30));
    private final Candidate bogdan = new Candidate(AgentId.of("bogdan"), 9, T.plusSeconds(60));
    private final Candidate celina = new Candidate(AgentId.of("celina"), 9, T);
    private final List<Candidate> all = List.of(anna, bogdan, celina);

    @Test
    void longestIdlePicksWhoWaitedLongest() {
        assertThat(AgentPicker.pick(new LongestIdle(), all, Optional.empty())).containsExactly(celina.id());
    }

    @Test
    void skillsBasedPicksTheHighestLevelThenTheLongestIdle() {
        assertThat(AgentPicker.pick(new SkillsBased(), List.of(anna, bogdan), Optional.empty())).containsExactly(bogdan.id());
        assertThat(AgentPicker.pick(new SkillsBased(), all, Optional.empty())).containsExactly(celina.id());
    }

    @Test
    void roundRobinContinuesAfterTheLastPickedAndWrapsAround() {
        assertThat(AgentPicker.pick(new RoundRobin(), all, Optional.empty())).containsExactly(anna.id());
        assertThat(AgentPicker.pick(new RoundRobin(), all, Optional.of(anna.id()))).containsExactly(bogdan.id());
        assertThat(AgentPicker.pick(new RoundRobin(), all, Optional.of(celina.id()))).containsExactly(anna.id());
        // the last picked agent is busy now: the next one after them still comes next
        assertThat(AgentPicker.pick(new RoundRobin(), List.of(anna, celina), Optional.of(bogdan.id())))
                .containsExactly(celina.id());
    }

    @Test
    void ringAllRingsEveryCandidate() {
        assertThat(AgentPicker.pick(new RingAll(), all, Optional.empty()))
                .containsExactly(anna.id(), bogdan.id(), celina.id());
    }

    @Test
    void picksNobodyFromNoCandidates() {
        assertThat(AgentPicker.pick(new LongestIdle(), List.of(), Optional.empty())).isEmpty();
    }

    @Test
    void readsStrategiesByTheirConfigurationNames() {
        for (RoutingStrategy s : List.of(new LongestIdle(), new SkillsBased(), new RoundRobin(), new RingAll())) {
            assertThat(RoutingStrategy.fromConfigName(s.configName())).isEqualTo(s);
        }
        assertThatThrownBy(() -> RoutingStrategy.fromConfigName("random"))
                .hasMessageContaining("longest-idle, skills-based, round-robin or ring-all");
    }
}
