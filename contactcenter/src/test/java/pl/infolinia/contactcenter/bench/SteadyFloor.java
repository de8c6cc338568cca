package pl.infolinia.contactcenter.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import pl.infolinia.contactcenter.MutableClock;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.AcdCommand;

/**
 * The ACD of a {@link FloorPlan} at mid-morning, and the steps that keep it there.
 *
 * <p>The warm-up logs everyone in and lets calls arrive until every busy queue has calls waiting
 * and about {@value #WAITING_CALLS} wait in all: every generalist is then on a call, in wrap-up or
 * ringing, while most specialists of the quiet topics are free (a few on a break). The clock then
 * stands still, so that no ring times out and no wrap-up ends by itself: the floor changes only
 * through the steps below, which put back whatever a measured decision took away.
 */
final class SteadyFloor {

    static final int WAITING_CALLS = 300;
    static final int AGENTS_IN_WRAP_UP = 100;
    static final int AGENTS_RINGING = 20;
    static final int AGENTS_ON_BREAK = 20;
    private static final Instant MORNING = Instant.parse("2026-04-07T08:00:00Z");

    private final Random random = new Random(2026);
    private final MutableClock clock = new MutableClock(MORNING);
    private final DiscardingContactEventLog log = new DiscardingContactEventLog();
    private final FloorPlan plan = FloorPlan.generate(random);
    private final Acd acd = new Acd(clock, log, plan.queues(), plan.agents());
    private final Map<ContactId, QueueCode> queueOf = new HashMap<>();
    /** Connected calls of busy queues, longest first: the ones the hang-up steps end. */
    private final ArrayDeque<ContactId> talking = new ArrayDeque<>();
    private final Map<ContactId, AgentId> agentOf = new HashMap<>();
    private final Set<ContactId> waiting = new LinkedHashSet<>();
    private final Map<ContactId, List<AgentId>> ringing = new LinkedHashMap<>();
    private final List<QueueCode> quietWithFreeAgent = new ArrayList<>();
    private long contacts;
    private int nextQuiet;
    private int nextBusy;

    private SteadyFloor() {
    }

    static SteadyFloor build() {
        SteadyFloor floor = new SteadyFloor();
        floor.warmUp();
        return floor;
    }

    Acd acd() {
        return acd;
    }

    FloorPlan plan() {
        return plan;
    }

    DiscardingContactEventLog log() {
        return log;
    }

    ContactId newContact() {
        return ContactId.of("c" + ++contacts);
    }

    /** A quiet queue with a free agent, a different one each time. */
    QueueCode nextQuietQueue() {
        return quietWithFreeAgent.get(nextQuiet++ % quietWithFreeAgent.size());
    }

    /** A busy queue, where every agent is taken, a different one each time. */
    QueueCode nextBusyQueue() {
        return plan.busyQueues().get(nextBusy++ % plan.busyQueues().size());
    }

    /** The caller of a call that has not been answered gives up. */
    void abandon(ContactId call) {
        acd.hangUp(call, CallEndReason.CALLER_HUNG_UP);
    }

    /** The connected call that has lasted longest: the next to end. */
    ContactId longestCall() {
        return talking.getFirst();
    }

    AgentId agentOf(ContactId call) {
        return agentOf.get(call);
    }

    /** Forgets a call that the ACD has ended. */
    void ended(ContactId call) {
        talking.remove(call);
        agentOf.remove(call);
        queueOf.remove(call);
    }

    /** Ends the longest call; returns its agent, now in wrap-up. */
    AgentId endLongestCall() {
        ContactId call = longestCall();
        AgentId agent = agentOf(call);
        acd.hangUp(call, CallEndReason.AGENT_HUNG_UP);
        ended(call);
        return agent;
    }

    /** The agent finishes wrap-up; returns the waiting call that now rings at their phone. */
    ContactId offerNextCall(AgentId agent) {
        return offered(acd.finishWrapUp(agent), agent);
    }

    /** The call ringing at the agent's phone. */
    ContactId ringingAt(AgentId agent) {
        AgentState state = acd.agent(agent);
        return ContactId.of(state.contact().orElseThrow(() -> new IllegalStateException(agent + " has no call: " + state)));
    }

    void answer(ContactId call, AgentId agent) {
        acd.answer(call, agent);
        answered(call, agent);
    }

    /** Keeps the floor's size after the agent answered: the call joins the talking, a new caller the line. */
    void answered(ContactId call, AgentId agent) {
        talking.addLast(call);
        agentOf.put(call, agent);
        ContactId next = newContact();
        QueueCode queue = queueOf.get(call);
        queueOf.put(next, queue);
        List<AcdCommand> out = acd.enqueue(next, queue, 0);
        if (!out.isEmpty()) {
            throw new IllegalStateException("a new call to busy queue " + queue + " was offered at once: " + out);
        }
    }

    private static ContactId offered(List<AcdCommand> out, AgentId agent) {
        if (out.size() != 1 || !(out.getFirst() instanceof AcdCommand.RingAgent ring) || !ring.agent().equals(agent)) {
            throw new IllegalStateException("expected one call to ring at " + agent + ", got " + out);
        }
        return ring.contact();
    }

    private void warmUp() {
        logInEveryone();
        plan.quietQueues().forEach(this::arrive);
        while (waiting.size() < WAITING_CALLS) {
            arrive(FloorPlan.randomBusyQueue(random));
        }
        for (QueueCode queue : plan.busyQueues()) {
            // the steps offer a freed agent the oldest call of their skills: each busy queue must have one
            while (waiting.stream().noneMatch(call -> queueOf.get(call).equals(queue))) {
                arrive(queue);
            }
        }
        for (int i = 0; i < AGENTS_IN_WRAP_UP; i++) {
            endLongestCall();
        }
        for (int i = 0; i < AGENTS_RINGING; i++) {
            ContactId call = offerNextCall(endLongestCall());
            waiting.remove(call);
            arrive(queueOf.get(call));
        }
        List<AgentId> free = new ArrayList<>(acd.agents().stream().filter(AgentState::canTakeCall).map(AgentState::id).toList());
        Collections.shuffle(free, random);
        free.subList(0, AGENTS_ON_BREAK).forEach(agent -> acd.takeBreak(agent, "przerwa"));
        findQuietQueuesWithFreeAgents();
    }

    private void logInEveryone() {
        List<AgentId> agents = new ArrayList<>(plan.agents().stream().map(Agent::id).toList());
        Collections.shuffle(agents, random);
        for (AgentId agent : agents) {
            acd.logIn(agent);
            clock.advance(Duration.ofMillis(50));
        }
    }

    /** A caller joins the queue; whoever is rung answers at once, so that only waiting calls pile up. */
    private void arrive(QueueCode queue) {
        ContactId call = newContact();
        queueOf.put(call, queue);
        waiting.add(call);
        follow(acd.enqueue(call, queue, 0));
        while (!ringing.isEmpty()) {
            var first = ringing.entrySet().iterator().next();
            ringing.remove(first.getKey());
            AgentId agent = first.getValue().getFirst();
            follow(acd.answer(first.getKey(), agent));
            if (plan.busyQueues().contains(queueOf.get(first.getKey()))) {
                talking.addLast(first.getKey());
                agentOf.put(first.getKey(), agent);
            }
        }
        clock.advance(Duration.ofMillis(200));
    }

    private void follow(List<AcdCommand> out) {
        for (AcdCommand command : out) {
            if (command instanceof AcdCommand.RingAgent ring) {
                waiting.remove(ring.contact());
                ringing.computeIfAbsent(ring.contact(), c -> new ArrayList<>()).add(ring.agent());
            }
            // StopRinging comes only from ring-all answers here, for a call already taken off `ringing`
        }
    }

    private void findQuietQueuesWithFreeAgents() {
        Set<String> freeSkills = new LinkedHashSet<>();
        Map<AgentId, AgentState> states = new HashMap<>();
        acd.agents().forEach(s -> states.put(s.id(), s));
        plan.agents().stream().filter(a -> states.get(a.id()).canTakeCall())
                .forEach(a -> freeSkills.addAll(a.skills().keySet()));
        plan.quietQueues().stream().filter(q -> freeSkills.contains(q.value())).forEach(quietWithFreeAgent::add);
        if (quietWithFreeAgent.isEmpty()) {
            throw new IllegalStateException("no quiet queue has a free agent");
        }
    }
}
