package pl.infolinia.contactcenter.bench;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.queue.AcdCommand;
import pl.infolinia.contactcenter.queue.AcdCommand.RingAgent;
import pl.infolinia.contactcenter.queue.CallStatus;
import pl.infolinia.contactcenter.queue.QueuedCall;

/**
 * The routing benchmark's floor is as busy as it claims, and one invocation of each benchmark,
 * with its fixtures, leaves it as it found it: no call lost, no agent stuck. Times nothing.
 */
class RoutingBenchmarkTest {

    private static final RoutingBenchmark BENCHMARK = new RoutingBenchmark();
    private static SteadyFloor floor;

    @BeforeAll
    static void buildFloor() {
        RoutingBenchmark.WholeFloor state = new RoutingBenchmark.WholeFloor();
        state.buildFloor();
        floor = state.floor;
    }

    @Test
    void buildsABusyFloorOfTwoThousandAgentsAndTwoHundredQueues() {
        FloorShape shape = FloorShape.of(floor);
        assertThat(floor.plan().agents()).hasSize(2_000);
        assertThat(floor.plan().queues()).hasSize(200);
        assertThat(floor.plan().queues().stream().collect(groupingBy(q -> q.strategy().configName(), counting())))
                .containsOnlyKeys("longest-idle", "skills-based", "round-robin", "ring-all")
                .allSatisfy((strategy, queues) -> assertThat(queues).isEqualTo(50L));
        assertThat(floor.plan().agents()).allSatisfy(a -> assertThat(a.skills()).hasSizeBetween(3, 6));
        assertThat(shape.calls().get(CallStatus.WAITING)).isBetween(300L, 450L);
        assertThat(shape.waitingByQueue().keySet()).containsAll(floor.plan().busyQueues());
        assertThat(shape.agents().get(AgentActivity.IDLE)).isBetween(100L, 200L);
        assertThat(shape.agents().get(AgentActivity.ON_CALL)).isGreaterThan(1_600L);
        assertThat(shape.agents().get(AgentActivity.WRAP_UP)).isEqualTo(SteadyFloor.AGENTS_IN_WRAP_UP);
        assertThat(shape.agents().get(AgentActivity.RINGING)).isEqualTo(SteadyFloor.AGENTS_RINGING);
        assertThat(shape.onBreak()).isEqualTo(SteadyFloor.AGENTS_ON_BREAK);
    }

    @Test
    void ringsAFreeAgentForACallerAndPutsTheFloorBack() {
        var s = new RoutingBenchmark.CallerToFreeAgent();
        s.floor = floor;
        FloorShape before = FloorShape.of(floor);
        s.dial();
        List<AcdCommand> out = BENCHMARK.callArrivesAndIsOffered(s);
        s.giveUp();
        assertThat(out).isNotEmpty().allSatisfy(c -> assertThat(c).isInstanceOf(RingAgent.class));
        assertThat(FloorShape.of(floor)).isEqualTo(before);
    }

    @Test
    void queuesACallerWhenEveryAgentIsTakenAndPutsTheFloorBack() {
        var s = new RoutingBenchmark.CallerToBusyQueue();
        s.floor = floor;
        FloorShape before = FloorShape.of(floor);
        s.dial();
        List<AcdCommand> out = BENCHMARK.callArrivesAndWaits(s);
        assertThat(floor.acd().call(s.call)).get().extracting(QueuedCall::status).isEqualTo(CallStatus.WAITING);
        s.giveUp();
        assertThat(out).isEmpty();
        assertThat(FloorShape.of(floor)).isEqualTo(before);
    }

    @Test
    void connectsAnAnsweredCallAndPutsTheFloorBack() {
        var s = new RoutingBenchmark.OfferedCall();
        s.floor = floor;
        FloorShape before = FloorShape.of(floor);
        s.ring();
        BENCHMARK.agentAnswersOfferedCall(s);
        assertThat(floor.acd().agent(s.agent).activity()).isEqualTo(AgentActivity.ON_CALL);
        s.replaceInLine();
        assertThat(FloorShape.of(floor)).isEqualTo(before);
    }

    @Test
    void startsWrapUpWhenACallEndsAndPutsTheFloorBack() {
        var s = new RoutingBenchmark.ConnectedCall();
        s.floor = floor;
        FloorShape before = FloorShape.of(floor);
        Set<ContactId> heldBefore = held();
        s.pick();
        ContactId ended = s.call;
        assertThat(BENCHMARK.callEndsAndAgentWrapsUp(s)).isEmpty();
        assertThat(floor.acd().agent(s.agent).activity()).isEqualTo(AgentActivity.WRAP_UP);
        s.takeNextCall();
        assertThat(FloorShape.of(floor)).isEqualTo(before);
        heldBefore.remove(ended);
        assertThat(held()).doesNotContain(ended).containsAll(heldBefore);
    }

    @Test
    void offersTheOldestCallOfTheirSkillsToAnAgentAfterWrapUpAndPutsTheFloorBack() {
        var s = new RoutingBenchmark.AgentInWrapUp();
        s.floor = floor;
        FloorShape before = FloorShape.of(floor);
        s.endCall();
        QueuedCall oldest = oldestWaitingCallFor(s.agent);
        long appended = floor.log().appended();
        List<AcdCommand> out = BENCHMARK.agentBecomesAvailableAndTakesOldestCall(s);
        s.answerOffer();
        assertThat(out).containsExactly(new RingAgent(oldest.contact(), s.agent, oldest.queue()));
        assertThat(floor.log().appended()).isGreaterThan(appended);
        assertThat(FloorShape.of(floor)).isEqualTo(before);
    }

    @Test
    void ticksWithNothingDueAndChangesNothing() {
        FloorShape before = FloorShape.of(floor);
        var s = new RoutingBenchmark.WholeFloor();
        s.floor = floor;
        assertThat(BENCHMARK.tick(s)).isEmpty();
        assertThat(FloorShape.of(floor)).isEqualTo(before);
    }

    private static QueuedCall oldestWaitingCallFor(AgentId agent) {
        Set<String> skills = floor.plan().agents().stream().filter(a -> a.id().equals(agent)).findFirst()
                .orElseThrow().skills().keySet();
        // calls() lists in order of arrival, and every call of the floor has priority 0
        return floor.acd().calls().stream()
                .filter(c -> c.status() == CallStatus.WAITING && skills.contains(c.queue().value()))
                .findFirst().orElseThrow();
    }

    private static Set<ContactId> held() {
        return floor.acd().calls().stream().map(QueuedCall::contact).collect(Collectors.toCollection(HashSet::new));
    }

    /** The floor's size: what a benchmark invocation must leave as it was. */
    private record FloorShape(Map<CallStatus, Long> calls, Map<QueueCode, Long> waitingByQueue,
            Map<AgentActivity, Long> agents, long onBreak) {

        static FloorShape of(SteadyFloor floor) {
            List<QueuedCall> calls = floor.acd().calls();
            List<AgentState> agents = floor.acd().agents();
            return new FloorShape(
                    calls.stream().collect(groupingBy(QueuedCall::status, counting())),
                    calls.stream().filter(c -> c.status() == CallStatus.WAITING).collect(groupingBy(QueuedCall::queue, counting())),
                    agents.stream().collect(groupingBy(AgentState::activity, counting())),
                    agents.stream().filter(a -> a.presence() == AgentPresence.ON_BREAK).count());
        }
    }
}
