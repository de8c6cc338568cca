package pl.infolinia.contactcenter.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;

class ContactEventRowTest {

    private static final ContactId C = ContactId.of("c1");
    private static final Instant T = Instant.parse("2026-04-07T08:00:00.123Z");
    private static final QueueCode Q = QueueCode.of("zdrowie");
    private static final OfficeCode O = OfficeCode.of("NFZ");
    private static final AgentId A = AgentId.of("agent1");

    /** One of every event type, with its optional fields both set and unset where it has them. */
    static final List<ContactEvent> ONE_OF_EACH = List.of(
            new CallArrived(C, T, "+48600100200", "infolinia"),
            new IvrChoiceMade(C, T, "menu", "4"),
            new TopicChosen(C, T, "zdrowie"),
            new CallQueued(C, T, Q, O, 2),
            new CallQueued(C, T, Q, null, 0),
            new CallOffered(C, T, Q, A),
            new CallNotAnswered(C, T, Q, A),
            new CallAnswered(C, T, Q, A, Duration.ofSeconds(37)),
            new CallAbandoned(C, T, Q, Duration.ofMinutes(2)),
            new CallOverflowed(C, T, Q, "office:ZUS", Duration.ofMinutes(5)),
            new CallTransferred(C, T, A, "office:ZUS", true),
            new CallTransferred(C, T, null, "office:ZUS", false),
            new CallbackScheduled(C, T, Q, "+48600100200"),
            new CallbackAttempted(C, T, A, 2, "BUSY"),
            new MessageLeft(C, T, O, "nagrania/1.wav"),
            new MessageLeft(C, T, null, "nagrania/2.wav"),
            new RecordingSaved(C, T, "nagrania/3.wav"),
            new CallEnded(C, T, CallEndReason.TRANSFERRED_OUT),
            new WrapUpDone(C, T, A),
            new CallHeld(C, T, A),
            new CallResumed(C, T, A),
            new RecordingStarted(C, T, A),
            new RecordingPaused(C, T, A),
            new RecordingResumed(C, T, A),
            new ContactClassified(C, T, A, "dowod-osobisty", WrapUpOutcome.ANSWERED, null, "Wyjaśniono, jak zgłosić utratę."),
            new ContactClassified(C, T, A, "emerytura", WrapUpOutcome.TRANSFERRED_TO_OFFICE, O, ""),
            new ArticleOpened(C, T, A, "utrata-dowodu-osobistego"),
            new KnowledgeSearched(C, T, A, "zgubiłem dowód", 3),
            new SupervisorJoined(C, T, "nadzor1", "LISTEN"),
            new AgentStateChanged(A, T, AgentPresence.ON_BREAK, AgentActivity.IDLE, "przerwa"),
            new AgentStateChanged(A, T, AgentPresence.AVAILABLE, AgentActivity.RINGING, null));

    @Test
    void bringsBackEveryEventExactlyFromItsRow() {
        for (ContactEvent event : ONE_OF_EACH) {
            assertThat(ContactEventRow.of(event).toEvent()).isEqualTo(event);
        }
    }

    @Test
    void coversEveryPermittedEventRecord() {
        List<String> permitted = Stream.of(ContactEvent.class.getPermittedSubclasses())
                .flatMap(c -> c.isInterface() ? Stream.of(c.getPermittedSubclasses()) : Stream.of(c))
                .map(Class::getSimpleName).toList();
        assertThat(ONE_OF_EACH.stream().map(ContactEvent::type).distinct()).containsExactlyInAnyOrderElementsOf(permitted);
    }

    @Test
    void refusesUnknownTypesAndRowsMissingAField() {
        ContactEventRow unknown = new ContactEventRow(Optional.of(C), T, "CallTeleported", Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
        assertThatThrownBy(unknown::toEvent).hasMessageContaining("unknown contact event type 'CallTeleported'");
        ContactEventRow noQueue = new ContactEventRow(Optional.of(C), T, "CallOffered", Optional.empty(),
                Optional.empty(), Optional.of(A), Map.of());
        assertThatThrownBy(noQueue::toEvent).hasMessageContaining("CallOffered row at 2026-04-07T08:00:00.123Z has no queue");
    }
}
