package pl.infolinia.server.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.contact.AgentStateChanged;
import pl.infolinia.contactcenter.contact.CallAbandoned;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.CallOffered;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.contactcenter.contact.IvrChoiceMade;
import pl.infolinia.contactcenter.contact.TopicChosen;
import pl.infolinia.contactcenter.contact.WrapUpDone;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * The database event store answers exactly as the in-memory one does, for the same random traffic:
 * same events back, same order, same filters (on H2 and on PostgreSQL).
 */
@InfoliniaTest
class JdbcContactEventLogIT {

    private static final List<String> OFFICES = List.of("KPRM", "MC", "MSWIA");

    @Autowired
    ContactEventLog jdbc;

    private final InMemoryContactEventLog memory = new InMemoryContactEventLog();

    @Test
    void storesEveryKindOfEventAndReadsItBackEqual() {
        ContactId contact = ContactId.random();
        Instant at = Instant.parse("2026-11-27T09:00:00.123456Z");
        AgentId agent = new AgentId("agent1");
        QueueCode queue = new QueueCode("dokumenty");
        List<ContactEvent> path = List.of(
                new CallArrived(contact, at, "48500100200", "infolinia"),
                new IvrChoiceMade(contact, at.plusSeconds(5), "menu", "1"),
                new TopicChosen(contact, at.plusSeconds(5), "dokumenty"),
                new CallQueued(contact, at.plusSeconds(6), queue, new OfficeCode("KPRM"), 0),
                new CallOffered(contact, at.plusSeconds(20), queue, agent),
                new CallAnswered(contact, at.plusSeconds(24), queue, agent, Duration.ofSeconds(18)),
                new CallTransferred(contact, at.plusSeconds(200), agent, "sip:infolinia@mc.urzad.test", true),
                new CallEnded(contact, at.plusSeconds(201), CallEndReason.TRANSFERRED_OUT),
                new WrapUpDone(contact, at.plusSeconds(230), agent));

        path.forEach(jdbc::append);

        assertThat(jdbc.read(contact)).containsExactlyElementsOf(path);
        assertThat(jdbc.read(ContactId.random())).isEmpty();
    }

    @Test
    void answersQueriesAsTheInMemoryStoreDoes() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.parse("2030-01-01T00:00:00Z").plus(Duration.ofDays(new Random().nextInt(3000)));
        List<ContactId> contacts = traffic(new Random(42), run, start);

        Instant from = start.plus(Duration.ofMinutes(30));
        Instant to = start.plus(Duration.ofMinutes(200));
        List<ContactQuery> queries = List.of(
                ContactQuery.all().between(start, start.plus(Duration.ofDays(1))).limit(1000),
                ContactQuery.all().between(from, to),
                ContactQuery.all().between(start, to).office(new OfficeCode("MC")),
                ContactQuery.all().between(start, to).queue(new QueueCode("q-" + run + "-1")).limit(7),
                ContactQuery.all().between(start, to).agent(new AgentId("a-" + run + "-2")),
                ContactQuery.all().caller("48" + run.hashCode() % 1000 + "3").limit(1000));
        for (ContactQuery query : queries) {
            assertThat(jdbc.events(query)).as("events %s", query).containsExactlyElementsOf(memory.events(query));
            assertThat(jdbc.contacts(query)).as("contacts %s", query).containsExactlyElementsOf(memory.contacts(query));
        }
        assertThat(jdbc.read(contacts.get(17))).containsExactlyElementsOf(memory.read(contacts.get(17)));
    }

    /** Sixty calls a minute apart, each arriving, queueing and then answered or abandoned; agents change state. */
    private List<ContactId> traffic(Random random, String run, Instant start) {
        List<ContactId> contacts = new ArrayList<>();
        for (int call = 0; call < 60; call++) {
            ContactId contact = new ContactId(run + "-" + call);
            contacts.add(contact);
            Instant at = start.plus(Duration.ofMinutes(5L * call));
            QueueCode queue = new QueueCode("q-" + run + "-" + random.nextInt(3));
            AgentId agent = new AgentId("a-" + run + "-" + random.nextInt(4));
            both(new CallArrived(contact, at, "48" + run.hashCode() % 1000 + random.nextInt(5), "infolinia"));
            both(new CallQueued(contact, at.plusSeconds(10), queue, new OfficeCode(OFFICES.get(random.nextInt(3))),
                    random.nextInt(2)));
            if (random.nextBoolean()) {
                both(new CallAnswered(contact, at.plusSeconds(40), queue, agent, Duration.ofSeconds(30)));
                both(new AgentStateChanged(agent, at.plusSeconds(41), AgentPresence.AVAILABLE, AgentActivity.ON_CALL,
                        ""));
            } else {
                both(new CallAbandoned(contact, at.plusSeconds(50), queue, Duration.ofSeconds(40)));
            }
        }
        return contacts;
    }

    private void both(ContactEvent event) {
        jdbc.append(event);
        memory.append(event);
    }
}
