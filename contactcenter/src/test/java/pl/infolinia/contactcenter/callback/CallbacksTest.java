package pl.infolinia.contactcenter.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.MutableClock;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.AcdCommand;
import pl.infolinia.contactcenter.queue.Queue;

class CallbacksTest {

    private static final QueueCode PODATKI = QueueCode.of("podatki");
    private static final AgentId ANNA = AgentId.of("anna");
    private static final ContactId FIRST = ContactId.of("c1");
    private static final ContactId SECOND = ContactId.of("c2");
    private static final PhoneNumber NUMBER = PhoneNumber.parse("+48 600-100-200");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-07T08:00:00Z"));
    private final InMemoryContactEventLog log = new InMemoryContactEventLog();
    private final Acd acd = new Acd(clock, log, List.of(Queue.of(PODATKI, OfficeCode.of("KAS"), "podatki")),
            List.of(new Agent(ANNA, "Anna", Map.of("podatki", 4))));
    private final Callbacks callbacks = new Callbacks(acd, new CallbackPolicy(2, Duration.ofMinutes(10)), clock);

    @Test
    void keepsTheCallersPlaceAndReservesAnAgentWhenTheTurnComes() {
        acd.enqueue(FIRST, PODATKI, 0);
        acd.enqueue(SECOND, PODATKI, 0);
        callbacks.schedule(FIRST, NUMBER);
        assertThat(acd.logIn(ANNA)).containsExactly(new AcdCommand.RingAgent(FIRST, ANNA, PODATKI));
        assertThat(acd.answer(FIRST, ANNA)).containsExactly(new AcdCommand.DialCallback(FIRST, ANNA, "+48600100200"));
    }

    @Test
    void recordsAConnectedCallbackAsCompleted() {
        reachTheCitizen();
        callbacks.dialled(FIRST, ANNA, CallbackOutcome.CONNECTED);
        assertThat(callbacks.request(FIRST)).get().extracting(CallbackRequest::status).isEqualTo(CallbackStatus.COMPLETED);
        assertThat(log.read(FIRST).getLast().data()).containsEntry("outcome", "CONNECTED").containsEntry("attempt", "1");
    }

    @Test
    void retriesAnUnansweredCallbackAfterTheDelayThenGivesUp() {
        reachTheCitizen();
        callbacks.dialled(FIRST, ANNA, CallbackOutcome.NO_ANSWER);
        assertThat(callbacks.request(FIRST).orElseThrow().status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(acd.tick()).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(acd.tick()).containsExactly(new AcdCommand.RingAgent(FIRST, ANNA, PODATKI));
        acd.answer(FIRST, ANNA);
        callbacks.dialled(FIRST, ANNA, CallbackOutcome.BUSY);
        CallbackRequest request = callbacks.request(FIRST).orElseThrow();
        assertThat(request.status()).isEqualTo(CallbackStatus.GAVE_UP);
        assertThat(request.attempts()).extracting(CallbackAttempt::outcome)
                .containsExactly(CallbackOutcome.NO_ANSWER, CallbackOutcome.BUSY);
        assertThat(acd.call(FIRST)).isEmpty();
        assertThat(log.read(FIRST)).extracting(ContactEvent::type).endsWith("CallbackAttempted", "CallEnded");
    }

    @Test
    void doesNotRetryANumberTheTrunkRefuses() {
        assertThat(new CallbackPolicy(5, Duration.ofMinutes(1)).retryAfter(1, CallbackOutcome.FAILED)).isEmpty();
        assertThat(new CallbackPolicy(5, Duration.ofMinutes(1)).retryAfter(1, CallbackOutcome.BUSY)).hasValue(Duration.ofMinutes(1));
        assertThat(new CallbackPolicy(5, Duration.ofMinutes(1)).retryAfter(5, CallbackOutcome.BUSY)).isEmpty();
    }

    @Test
    void acceptsNumbersAsPeopleWriteThemAndRefusesOthers() {
        assertThat(PhoneNumber.parse("600 100 200").value()).isEqualTo("600100200");
        assertThatThrownBy(() -> PhoneNumber.parse("sip:ala@example.org")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACallbackForACallThatIsNotQueued() {
        assertThatThrownBy(() -> callbacks.schedule(FIRST, NUMBER)).hasMessageContaining("not queued");
    }

    private void reachTheCitizen() {
        acd.enqueue(FIRST, PODATKI, 0);
        callbacks.schedule(FIRST, NUMBER);
        acd.logIn(ANNA);
        acd.answer(FIRST, ANNA);
        assertThat(Optional.of(acd.agent(ANNA).activity().name())).contains("ON_CALL");
    }
}
