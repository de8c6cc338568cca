package pl.infolinia.contactcenter.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.MutableClock;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.contactcenter.routing.RingAll;
import pl.infolinia.contactcenter.routing.RoundRobin;
import pl.infolinia.contactcenter.routing.SkillsBased;

/**
 * The ACD's guarantees over thousands of random operations: each seed replays one day of
 * arrivals, answers, missed offers, logouts, breaks, hang-ups, callbacks and passing time.
 */
class AcdPropertyTest {

    private static final int SEEDS = 60;
    private static final int OPERATIONS = 500;
    private static final OfficeCode KPRM = OfficeCode.of("KPRM");
    private static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");
    private static final QueueCode RODZINA = QueueCode.of("rodzina");
    private static final QueueCode ZDROWIE = QueueCode.of("zdrowie");
    private static final QueueCode INNE = QueueCode.of("inne");

    private final List<Queue> queues = List.of(
            Queue.of(DOKUMENTY, KPRM, "dokumenty").withOverflow(Duration.ofMinutes(3), new OverflowTarget.AnotherQueue(INNE)),
            Queue.of(RODZINA, KPRM, "rodzina").withStrategy(new RoundRobin()).withWrapUp(Duration.ZERO),
            Queue.of(ZDROWIE, KPRM, "zdrowie").withStrategy(new SkillsBased())
                    .withOverflow(Duration.ofMinutes(4), new OverflowTarget.Office(OfficeCode.of("NFZ"))),
            Queue.of(INNE, KPRM, "inne").withStrategy(new RingAll()).withRingTimeout(Duration.ofSeconds(15)));

    @Test
    void keepsEveryGuaranteeOverRandomOperations() {
        int answered = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            answered += new Run(seed).play();
        }
        // the runs must exercise the interesting paths, not only queue calls nobody takes
        assertThat(answered).isGreaterThan(SEEDS * 20);
    }

    /** One seeded run with its own model of which calls must still be held. */
    private final class Run {

        private final int seed;
        private final Random random;
        private final MutableClock clock = new MutableClock(Instant.parse("2026-04-07T08:00:00Z"));
        private final List<AgentId> agentIds = new ArrayList<>();
        private final Map<AgentId, Agent> team = new HashMap<>();
        private final Acd acd;
        private final Set<ContactId> held = new HashSet<>();
        private int nextContact;
        private int answered;
        private int step;

        Run(int seed) {
            this.seed = seed;
            this.random = new Random(seed);
            List<Agent> agents = new ArrayList<>();
            List<String> skills = List.of("dokumenty", "rodzina", "zdrowie", "inne");
            for (int i = 1; i <= 7; i++) {
                Map<String, Integer> levels = new HashMap<>();
                for (String skill : skills) {
                    if (random.nextInt(3) > 0) {
                        levels.put(skill, 1 + random.nextInt(10));
                    }
                }
                AgentId id = AgentId.of("agent" + i);
                agentIds.add(id);
                agents.add(new Agent(id, "Agent " + i, levels));
                team.put(id, agents.getLast());
            }
            this.acd = new Acd(clock, new InMemoryContactEventLog(), queues, agents);
        }

        int play() {
            for (step = 0; step < OPERATIONS; step++) {
                List<AcdCommand> commands = randomOperation();
                for (AcdCommand command : commands) {
                    if (command instanceof AcdCommand.SendToOverflow sent) {
                        held.remove(sent.contact());
                    }
                }
                checkInvariants(commands);
            }
            return answered;
        }

        private List<AcdCommand> randomOperation() {
            AgentId agent = agentIds.get(random.nextInt(agentIds.size()));
            List<QueuedCall> calls = acd.calls();
            return switch (random.nextInt(15)) {
                case 0, 1 -> {
                    ContactId contact = ContactId.of("c" + nextContact++);
                    held.add(contact);
                    yield acd.enqueue(contact, queues.get(random.nextInt(queues.size())).code(), random.nextInt(3));
                }
                case 2 -> acd.logIn(agent);
                case 3 -> random.nextInt(4) == 0 ? acd.logOut(agent) : acd.takeBreak(agent, "przerwa");
                case 4 -> acd.makeAvailable(agent);
                case 5, 6, 7 -> ringing(calls).map(c -> {
                    answered++;
                    return acd.answer(c.contact(), pickAgent(c));
                }).orElseGet(acd::tick);
                case 8 -> ringing(calls).map(c -> acd.noAnswer(c.contact(), pickAgent(c))).orElseGet(acd::tick);
                case 9 -> calls.isEmpty() ? acd.tick() : hangUp(calls.get(random.nextInt(calls.size())).contact());
                case 10 -> calls.stream().filter(c -> c.status() == CallStatus.CONNECTED).findAny()
                        .map(c -> hangUp(c.contact())).orElseGet(acd::tick);
                case 11 -> acd.finishWrapUp(agent);
                case 12 -> callbackStep(calls);
                default -> {
                    clock.advance(Duration.ofSeconds(random.nextInt(40)));
                    yield acd.tick();
                }
            };
        }

        private List<AcdCommand> hangUp(ContactId contact) {
            held.remove(contact);
            return acd.hangUp(contact, CallEndReason.CALLER_HUNG_UP);
        }

        private List<AcdCommand> callbackStep(List<QueuedCall> calls) {
            for (QueuedCall call : calls) {
                if (call.status() == CallStatus.CONNECTED && call.callbackNumber().isPresent()) {
                    if (random.nextBoolean()) {
                        return acd.callbackConnected(call.contact());
                    }
                    boolean retry = random.nextBoolean();
                    if (!retry) {
                        held.remove(call.contact());
                    }
                    return acd.callbackFailed(call.contact(), "NO_ANSWER",
                            retry ? Optional.of(Duration.ofSeconds(30)) : Optional.empty());
                }
            }
            for (QueuedCall call : calls) {
                if (call.status() != CallStatus.CONNECTED && call.callbackNumber().isEmpty()) {
                    return acd.requestCallback(call.contact(), "+48600" + seed);
                }
            }
            return acd.tick();
        }

        private Optional<QueuedCall> ringing(List<QueuedCall> calls) {
            List<QueuedCall> ringing = calls.stream().filter(c -> c.status() == CallStatus.RINGING).toList();
            return ringing.isEmpty() ? Optional.empty() : Optional.of(ringing.get(random.nextInt(ringing.size())));
        }

        private AgentId pickAgent(QueuedCall call) {
            List<AgentId> agents = List.copyOf(call.agents());
            return agents.get(random.nextInt(agents.size()));
        }

        private void checkInvariants(List<AcdCommand> commands) {
            String where = "seed " + seed + ", step " + step;
            List<QueuedCall> calls = acd.calls();
            Map<AgentId, AgentState> agents = acd.agents().stream()
                    .collect(Collectors.toMap(AgentState::id, a -> a));

            Set<ContactId> inAcd = calls.stream().map(QueuedCall::contact).collect(Collectors.toSet());
            if (!inAcd.equals(held)) {
                fail("calls lost or kept after they left: ACD holds " + inAcd + ", expected " + held + ": " + where);
            }

            Map<AgentId, ContactId> holder = new HashMap<>();
            for (QueuedCall call : calls) {
                boolean ringAll = call.queue().equals(INNE);
                int most = switch (call.status()) {
                    case WAITING -> 0;
                    case RINGING -> ringAll ? agentIds.size() : 1;
                    case CONNECTED -> 1;
                };
                int least = call.status() == CallStatus.WAITING ? 0 : 1;
                if (call.agents().size() < least || call.agents().size() > most) {
                    fail(call.contact() + " " + call.status() + " with agents " + call.agents() + ": " + where);
                }
                for (AgentId agent : call.agents()) {
                    ContactId other = holder.put(agent, call.contact());
                    if (other != null) {
                        fail("agent " + agent + " holds " + other + " and " + call.contact() + ": " + where);
                    }
                    AgentActivity expected = call.status() == CallStatus.RINGING ? AgentActivity.RINGING : AgentActivity.ON_CALL;
                    if (agents.get(agent).activity() != expected) {
                        fail(agent + " is " + agents.get(agent).activity() + ", not " + expected + ": " + where);
                    }
                }
            }
            for (AgentState agent : agents.values()) {
                boolean busy = agent.activity() == AgentActivity.RINGING || agent.activity() == AgentActivity.ON_CALL;
                if (busy && !holder.containsKey(agent.id())) {
                    fail(agent.id() + " is " + agent.activity() + " without a call: " + where);
                }
            }
            Set<ContactId> offeredNow = commands.stream()
                    .filter(AcdCommand.RingAgent.class::isInstance)
                    .map(c -> ((AcdCommand.RingAgent) c).contact())
                    .collect(Collectors.toSet());
            checkFirstComeFirstServed(calls, offeredNow, agents, where);
        }

        /**
         * After every decision no offerable call waits while a later one of its queue (same or lower
         * priority) was just offered, or while an agent who could take it is free.
         */
        private void checkFirstComeFirstServed(List<QueuedCall> calls, Set<ContactId> offeredNow,
                Map<AgentId, AgentState> agents, String where) {
            Instant now = clock.instant();
            for (QueuedCall waiting : calls) {
                if (waiting.status() != CallStatus.WAITING || waiting.eligibleFrom().isAfter(now)) {
                    continue;
                }
                for (QueuedCall later : calls) {
                    boolean offeredAfter = later.queue().equals(waiting.queue()) && offeredNow.contains(later.contact())
                            && (later.priority() < waiting.priority()
                            || (later.priority() == waiting.priority() && later.order() > waiting.order()));
                    if (offeredAfter) {
                        fail(later.contact() + " offered before " + waiting.contact() + ": " + where);
                    }
                }
                Queue queue = queues.stream().filter(q -> q.code().equals(waiting.queue())).findFirst().orElseThrow();
                for (AgentState agent : agents.values()) {
                    if (agent.canTakeCall() && agentServes(agent.id(), queue)) {
                        fail(agent.id() + " is free while " + waiting.contact() + " waits: " + where);
                    }
                }
            }
        }

        private boolean agentServes(AgentId agent, Queue queue) {
            return team.get(agent).level(queue.skill()) > 0;
        }
    }
}
