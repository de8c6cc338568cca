package pl.infolinia.contactcenter.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;

/** Call scripts run on virtual threads, so the ACD is used from many at once. */
class AcdConcurrencyTest {

    private static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");

    @Test
    void staysConsistentWhenCallersAndAgentsActFromManyThreads() throws Exception {
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            agents.add(new Agent(AgentId.of("agent" + i), "Agent " + i, Map.of("dokumenty", 1)));
        }
        Acd acd = new Acd(Clock.systemUTC(), new InMemoryContactEventLog(),
                List.of(Queue.of(DOKUMENTY, OfficeCode.of("KPRM"), "dokumenty").withWrapUp(Duration.ZERO)), agents);
        agents.forEach(a -> acd.logIn(a.id()));

        List<Future<?>> runs = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < 8; t++) {
                int seed = t;
                runs.add(threads.submit(() -> callersAndAgents(acd, agents, seed)));
            }
        }
        for (Future<?> run : runs) {
            run.get();
        }

        Set<AgentId> holding = new HashSet<>();
        for (QueuedCall call : acd.calls()) {
            for (AgentId agent : call.agents()) {
                assertThat(holding.add(agent)).as("%s holds two calls", agent).isTrue();
            }
        }
        for (AgentState agent : acd.agents()) {
            boolean busy = agent.activity() == AgentActivity.RINGING || agent.activity() == AgentActivity.ON_CALL;
            assertThat(holding.contains(agent.id())).as("%s busy iff holding a call", agent.id()).isEqualTo(busy);
        }
    }

    private static void callersAndAgents(Acd acd, List<Agent> agents, int seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 1_000; i++) {
            ContactId contact = ContactId.of(seed + "-" + random.nextInt(50));
            AgentId agent = agents.get(random.nextInt(agents.size())).id();
            try {
                switch (random.nextInt(5)) {
                    case 0 -> acd.enqueue(contact, DOKUMENTY, random.nextInt(2));
                    case 1 -> acd.answer(contact, agent);
                    case 2 -> acd.hangUp(contact, CallEndReason.CALLER_HUNG_UP);
                    case 3 -> acd.noAnswer(contact, agent);
                    default -> acd.makeAvailable(agent);
                }
            } catch (NoSuchCall | InvalidCallState raced) {
                // another thread got there first: exactly what the ACD must refuse cleanly
            }
        }
    }
}
