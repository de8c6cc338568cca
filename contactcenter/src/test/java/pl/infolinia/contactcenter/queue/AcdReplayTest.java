package pl.infolinia.contactcenter.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.MutableClock;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.contactcenter.routing.RingAll;
import pl.infolinia.contactcenter.routing.RoundRobin;
import pl.infolinia.contactcenter.routing.SkillsBased;

/**
 * Replays seeded random days on a small floor and compares everything the ACD did (commands,
 * refusals, events, states, places in line and wait estimates) with a digest recorded before
 * routing was indexed (Dispatcher offering only what an operation can have changed): the indexes
 * must decide exactly as the full scan over every call and seat did.
 *
 * <p>A deliberate change of routing changes the digest: check the change with
 * {@code -Dinfolinia.replay.dir=/tmp/replay} (one transcript per seed, to diff against the old
 * code's), then record the new digest.
 */
class AcdReplayTest {

    private static final String RECORDED = "14d8d474ba4fdfac191ddcc6412e536fb1898cbfc5fd7a4745acf49cea20fd6b";
    private static final int SEEDS = 20;
    private static final int OPERATIONS = 800;
    private static final OfficeCode KPRM = OfficeCode.of("KPRM");
    private static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");
    private static final QueueCode PASZPORTY = QueueCode.of("paszporty");
    private static final QueueCode RODZINA = QueueCode.of("rodzina");
    private static final QueueCode PILNE = QueueCode.of("pilne");
    private static final QueueCode ZDROWIE = QueueCode.of("zdrowie");
    private static final QueueCode INNE = QueueCode.of("inne");
    private static final List<String> SKILLS = List.of("dokumenty", "rodzina", "zdrowie", "inne");

    // two pairs of queues share a skill, so that one free agent is wanted by two queues' lines
    private final List<Queue> queues = List.of(
            Queue.of(DOKUMENTY, KPRM, "dokumenty").withOverflow(Duration.ofMinutes(3), new OverflowTarget.AnotherQueue(INNE)),
            Queue.of(PASZPORTY, KPRM, "dokumenty").withStrategy(new SkillsBased()).withWrapUp(Duration.ofSeconds(10)),
            Queue.of(RODZINA, KPRM, "rodzina").withStrategy(new RoundRobin()).withWrapUp(Duration.ZERO),
            Queue.of(PILNE, KPRM, "rodzina").withStrategy(new RoundRobin())
                    .withOverflow(Duration.ofMinutes(2), new OverflowTarget.AnotherQueue(DOKUMENTY)),
            Queue.of(ZDROWIE, KPRM, "zdrowie").withStrategy(new SkillsBased())
                    .withOverflow(Duration.ofMinutes(4), new OverflowTarget.Office(OfficeCode.of("NFZ"))),
            Queue.of(INNE, KPRM, "inne").withStrategy(new RingAll()).withRingTimeout(Duration.ofSeconds(15)));

    @Test
    void decidesExactlyAsRecordedOverRandomDays() throws Exception {
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        for (int seed = 0; seed < SEEDS; seed++) {
            String transcript = new Day(seed).play();
            all.update(transcript.getBytes(StandardCharsets.UTF_8));
            String dir = System.getProperty("infolinia.replay.dir");
            if (dir != null) {
                Files.writeString(Path.of(dir, "seed-" + seed + ".txt"), transcript);
            }
        }
        assertThat(HexFormat.of().formatHex(all.digest())).isEqualTo(RECORDED);
    }

    /** One seeded day, written down line by line. */
    private final class Day {

        private final Random random;
        private final MutableClock clock = new MutableClock(Instant.parse("2026-04-07T08:00:00Z"));
        private final StringBuilder transcript = new StringBuilder();
        private final List<AgentId> agentIds = new ArrayList<>();
        private final List<ContactId> contacts = new ArrayList<>();
        private final Acd acd;
        private int nextAgent;

        Day(int seed) {
            this.random = new Random(seed);
            List<Agent> agents = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                agents.add(newAgent());
            }
            this.acd = new Acd(clock, new TranscriptLog(transcript), queues, agents);
        }

        private Agent newAgent() {
            Map<String, Integer> levels = new HashMap<>();
            for (String skill : SKILLS) {
                if (random.nextInt(3) > 0) {
                    levels.put(skill, 1 + random.nextInt(10));
                }
            }
            AgentId id = AgentId.of("agent" + (char) ('a' + random.nextInt(26)) + nextAgent++);
            agentIds.add(id);
            return new Agent(id, id.value(), levels);
        }

        String play() {
            for (int step = 0; step < OPERATIONS; step++) {
                transcript.append("-- ").append(step).append(' ');
                try {
                    List<AcdCommand> commands = randomOperation();
                    transcript.append("=> ").append(commands).append('\n');
                } catch (RuntimeException refused) {
                    transcript.append("=> ").append(refused.getClass().getSimpleName()).append('\n');
                }
                writeState();
            }
            return transcript.toString();
        }

        private List<AcdCommand> randomOperation() {
            AgentId agent = agentIds.get(random.nextInt(agentIds.size()));
            ContactId contact = someContact();
            int choice = random.nextInt(20);
            transcript.append(choice).append(' ').append(agent).append(' ').append(contact).append('\n');
            return switch (choice) {
                case 0, 1, 2 -> {
                    ContactId fresh = ContactId.of("c" + contacts.size());
                    contacts.add(fresh);
                    yield acd.enqueue(fresh, queues.get(random.nextInt(queues.size())).code(), random.nextInt(3));
                }
                case 3 -> acd.logIn(agent);
                case 4 -> random.nextInt(4) == 0 ? acd.logOut(agent) : acd.takeBreak(agent, "przerwa");
                case 5 -> acd.makeAvailable(agent);
                case 6, 7, 8 -> {
                    ContactId ringing = ringingCall().orElse(contact);
                    yield acd.answer(ringing, ringingAgent(ringing).orElse(agent));
                }
                case 9 -> acd.noAnswer(contact, ringingAgent(contact).orElse(agent));
                case 10, 11 -> acd.hangUp(contact, CallEndReason.CALLER_HUNG_UP);
                case 12 -> acd.finishWrapUp(agent);
                case 13 -> acd.requestCallback(contact, "+48600100200");
                case 14 -> random.nextInt(3) == 0 ? acd.callbackConnected(contact)
                        : acd.callbackFailed(contact, "NO_ANSWER",
                                random.nextBoolean() ? Optional.of(Duration.ofSeconds(random.nextInt(90))) : Optional.empty());
                case 15 -> random.nextInt(4) > 0 ? acd.takeBreak(agent, "obiad") : addAgent();
                default -> {
                    clock.advance(Duration.ofSeconds(random.nextInt(40)));
                    yield acd.tick();
                }
            };
        }

        /** Mostly a call the ACD holds, a callback being dialled first; sometimes one long gone. */
        private ContactId someContact() {
            List<QueuedCall> held = acd.calls();
            if (held.isEmpty() || random.nextInt(8) == 0) {
                return contacts.isEmpty() ? ContactId.of("none") : contacts.get(random.nextInt(contacts.size()));
            }
            if (random.nextBoolean()) {
                for (QueuedCall call : held) {
                    if (call.status() == CallStatus.CONNECTED && call.callbackNumber().isPresent()) {
                        return call.contact();
                    }
                }
            }
            return held.get(random.nextInt(held.size())).contact();
        }

        private List<AcdCommand> addAgent() {
            Agent added = newAgent();
            transcript.append("added ").append(acd.addAgent(added)).append(' ').append(added.id()).append('\n');
            return List.of();
        }

        private Optional<ContactId> ringingCall() {
            List<ContactId> ringing = acd.calls().stream()
                    .filter(c -> c.status() == CallStatus.RINGING)
                    .map(QueuedCall::contact)
                    .toList();
            return ringing.isEmpty() ? Optional.empty() : Optional.of(ringing.get(random.nextInt(ringing.size())));
        }

        private Optional<AgentId> ringingAgent(ContactId contact) {
            List<AgentId> ringing = acd.call(contact)
                    .filter(c -> c.status() == CallStatus.RINGING)
                    .map(c -> c.agents().stream().sorted().toList())
                    .orElse(List.of());
            return ringing.isEmpty() ? Optional.empty() : Optional.of(ringing.get(random.nextInt(ringing.size())));
        }

        private void writeState() {
            for (QueuedCall call : acd.calls()) {
                transcript.append(call.contact()).append(' ').append(call.queue()).append(' ').append(call.priority())
                        .append(' ').append(call.order()).append(' ').append(call.status()).append(' ')
                        .append(call.agents().stream().sorted().toList()).append(' ').append(call.callbackNumber())
                        .append(' ').append(call.eligibleFrom()).append(' ').append(acd.position(call.contact()))
                        .append(' ').append(acd.estimatedWait(call.contact())).append('\n');
            }
            acd.agents().forEach(a -> transcript.append(a).append('\n'));
        }
    }

    /** Writes each event into the transcript in the order appended. */
    private record TranscriptLog(StringBuilder transcript) implements ContactEventLog {

        @Override
        public void append(ContactEvent event) {
            transcript.append("   ").append(event).append('\n');
        }

        @Override
        public List<ContactEvent> read(ContactId contact) {
            return List.of();
        }

        @Override
        public List<ContactEvent> events(ContactQuery query) {
            return List.of();
        }

        @Override
        public List<ContactId> contacts(ContactQuery query) {
            return List.of();
        }
    }
}
