package pl.infolinia.contactcenter.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.queue.OverflowTarget;
import pl.infolinia.contactcenter.queue.Queue;
import pl.infolinia.contactcenter.routing.LongestIdle;
import pl.infolinia.contactcenter.routing.RingAll;
import pl.infolinia.contactcenter.routing.RoundRobin;
import pl.infolinia.contactcenter.routing.RoutingStrategy;
import pl.infolinia.contactcenter.routing.SkillsBased;

/**
 * The benchmark's contact centre: 10 offices of 20 topics each, 200 queues, and 2,000 agents.
 *
 * <p>Each queue's skill is its own code, e.g. {@code zus-emerytury}; strategies take turns over
 * the topics, so that each of the four routes 50 queues. Fourteen topics per office are busy;
 * the other six are quiet ones, served by the office's specialists (20 of its 200 agents), so
 * that the floor can be saturated while some agents stay free. Every agent holds 3 to 6 skills
 * of their own office at levels 1 to 10.
 */
record FloorPlan(List<Queue> queues, List<Agent> agents, List<QueueCode> busyQueues, List<QueueCode> quietQueues) {

    static final List<String> OFFICES = List.of(
            "KPRM", "ZUS", "NFZ", "KRUS", "KAS", "UM-WAW", "UM-KRK", "UW-MAZ", "PUP-WAW", "GUS");
    /** Most asked first: arrivals are weighted by this order. */
    static final List<String> BUSY_TOPICS = List.of("dokumenty", "dowody", "paszporty", "zasilki", "emerytury",
            "podatki", "zdrowie", "rodzina", "pojazdy", "meldunek", "renty", "praca", "mieszkania", "edukacja");
    static final List<String> QUIET_TOPICS = List.of("cudzoziemcy", "dostepnosc", "skargi", "archiwum", "dotacje", "inne");
    static final int AGENTS_PER_OFFICE = 200;
    static final int SPECIALISTS_PER_OFFICE = 20;

    private static final List<RoutingStrategy> STRATEGIES =
            List.of(new LongestIdle(), new SkillsBased(), new RoundRobin(), new RingAll());
    // far beyond the warm-up's waits: the overflow is checked on every tick but never taken
    private static final Duration MAX_WAIT = Duration.ofMinutes(30);

    static FloorPlan generate(Random random) {
        List<Queue> queues = new ArrayList<>();
        List<QueueCode> busy = new ArrayList<>();
        List<QueueCode> quiet = new ArrayList<>();
        List<Agent> agents = new ArrayList<>();
        List<String> topics = Stream.concat(BUSY_TOPICS.stream(), QUIET_TOPICS.stream()).toList();
        for (String office : OFFICES) {
            for (int t = 0; t < topics.size(); t++) {
                QueueCode code = queueCode(office, topics.get(t));
                queues.add(Queue.of(code, OfficeCode.of(office), code.value())
                        .withStrategy(STRATEGIES.get(t % STRATEGIES.size()))
                        .withOverflow(MAX_WAIT, new OverflowTarget.Callback()));
                (t < BUSY_TOPICS.size() ? busy : quiet).add(code);
            }
            for (int i = 0; i < AGENTS_PER_OFFICE; i++) {
                boolean specialist = i >= AGENTS_PER_OFFICE - SPECIALISTS_PER_OFFICE;
                AgentId id = AgentId.of("%s-%03d".formatted(office.toLowerCase(), i));
                agents.add(new Agent(id, "Konsultant " + id,
                        skills(office, specialist ? QUIET_TOPICS : BUSY_TOPICS, random)));
            }
        }
        return new FloorPlan(List.copyOf(queues), List.copyOf(agents), List.copyOf(busy), List.copyOf(quiet));
    }

    static QueueCode queueCode(String office, String topic) {
        return QueueCode.of(office.toLowerCase() + "-" + topic);
    }

    /** A busy queue, weighted towards the most asked topics: a real day's mix, not a uniform one. */
    static QueueCode randomBusyQueue(Random random) {
        int n = BUSY_TOPICS.size();
        int ticket = random.nextInt(n * (n + 1) / 2);
        int topic = 0;
        for (int weight = n; ticket >= weight; weight--) {
            ticket -= weight;
            topic++;
        }
        return queueCode(OFFICES.get(random.nextInt(OFFICES.size())), BUSY_TOPICS.get(topic));
    }

    private static Map<String, Integer> skills(String office, List<String> from, Random random) {
        List<String> topics = new ArrayList<>(from);
        Collections.shuffle(topics, random);
        Map<String, Integer> skills = new HashMap<>();
        int count = Math.min(topics.size(), 3 + random.nextInt(4));
        for (String topic : topics.subList(0, count)) {
            skills.put(queueCode(office, topic).value(), Agent.MIN_LEVEL + random.nextInt(Agent.MAX_LEVEL));
        }
        return skills;
    }
}
