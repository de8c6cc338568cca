package pl.infolinia.contactcenter.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;

class InMemoryContactEventLogTest {

    private static final Instant T0 = Instant.parse("2026-04-07T08:00:00Z");
    private static final ContactId FIRST = ContactId.of("c1");
    private static final ContactId SECOND = ContactId.of("c2");
    private static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");
    private static final QueueCode ZDROWIE = QueueCode.of("zdrowie");
    private static final AgentId ANNA = AgentId.of("agent1");

    private final InMemoryContactEventLog log = new InMemoryContactEventLog();

    private void twoContacts() {
        log.append(new CallArrived(FIRST, T0, "+48600100200", "infolinia"));
        log.append(new CallQueued(FIRST, T0.plusSeconds(20), DOKUMENTY, OfficeCode.of("KPRM"), 0));
        log.append(new CallArrived(SECOND, T0.plusSeconds(30), "+48600999888", "infolinia"));
        log.append(new CallQueued(SECOND, T0.plusSeconds(40), ZDROWIE, OfficeCode.of("NFZ"), 0));
        log.append(new CallAnswered(FIRST, T0.plusSeconds(60), DOKUMENTY, ANNA, Duration.ofSeconds(40)));
        log.append(new AgentStateChanged(ANNA, T0.plusSeconds(60), AgentPresence.AVAILABLE, AgentActivity.ON_CALL, null));
    }

    @Test
    void readsAContactsPathInAppendOrder() {
        twoContacts();
        assertThat(log.read(FIRST)).extracting(ContactEvent::type)
                .containsExactly("CallArrived", "CallQueued", "CallAnswered");
        assertThat(log.read(ContactId.of("nobody"))).isEmpty();
    }

    @Test
    void listsContactsNewestArrivalFirst() {
        twoContacts();
        assertThat(log.contacts(ContactQuery.all())).containsExactly(SECOND, FIRST);
        assertThat(log.contacts(ContactQuery.all().limit(1))).containsExactly(SECOND);
    }

    @Test
    void filtersContactsByQueueOfficeAgentAndCaller() {
        twoContacts();
        assertThat(log.contacts(ContactQuery.all().queue(DOKUMENTY))).containsExactly(FIRST);
        assertThat(log.contacts(ContactQuery.all().office(OfficeCode.of("NFZ")))).containsExactly(SECOND);
        assertThat(log.contacts(ContactQuery.all().agent(ANNA))).containsExactly(FIRST);
        assertThat(log.contacts(ContactQuery.all().caller("+48600999888"))).containsExactly(SECOND);
        assertThat(log.contacts(ContactQuery.all().caller("+48111"))).isEmpty();
    }

    @Test
    void filtersByHalfOpenTimeRange() {
        twoContacts();
        assertThat(log.contacts(ContactQuery.all().between(T0.plusSeconds(30), T0.plusSeconds(60))))
                .containsExactly(SECOND);
        assertThat(log.events(ContactQuery.all().between(T0.plusSeconds(40), T0.plusSeconds(61))))
                .extracting(ContactEvent::type).containsExactly("AgentStateChanged", "CallAnswered", "CallQueued");
    }

    @Test
    void returnsAgentStateChangesAmongAnAgentsEventsButNotAsContacts() {
        twoContacts();
        assertThat(log.events(ContactQuery.all().agent(ANNA))).hasSize(2)
                .first().isInstanceOf(AgentStateChanged.class);
    }

    @Test
    void describesEachEventAsAStoreRow() {
        CallQueued queued = new CallQueued(FIRST, T0, DOKUMENTY, OfficeCode.of("KPRM"), 5);
        assertThat(queued.type()).isEqualTo("CallQueued");
        assertThat(queued.contact()).contains(FIRST);
        assertThat(queued.queue()).contains(DOKUMENTY);
        assertThat(queued.office()).contains(OfficeCode.of("KPRM"));
        assertThat(queued.agent()).isEmpty();
        assertThat(queued.data()).containsEntry("priority", "5");
    }
}
