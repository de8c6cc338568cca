package pl.infolinia.contactcenter.queue;

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
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.contact.CallAbandoned;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.contactcenter.queue.AcdCommand.DialCallback;
import pl.infolinia.contactcenter.queue.AcdCommand.RingAgent;
import pl.infolinia.contactcenter.queue.AcdCommand.SendToOverflow;
import pl.infolinia.contactcenter.queue.AcdCommand.StopRinging;
import pl.infolinia.contactcenter.routing.RingAll;

class AcdTest {

    private static final OfficeCode KPRM = OfficeCode.of("KPRM");
    private static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");
    private static final QueueCode INNE = QueueCode.of("inne");
    private static final AgentId ANNA = AgentId.of("anna");
    private static final AgentId BOGDAN = AgentId.of("bogdan");
    private static final ContactId FIRST = ContactId.of("c1");
    private static final ContactId SECOND = ContactId.of("c2");
    private static final ContactId THIRD = ContactId.of("c3");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-07T08:00:00Z"));
    private final InMemoryContactEventLog log = new InMemoryContactEventLog();
    private final Queue dokumenty = Queue.of(DOKUMENTY, KPRM, "dokumenty");
    private final Queue inne = Queue.of(INNE, KPRM, "inne");
    private final List<Agent> team = List.of(
            new Agent(ANNA, "Anna", Map.of("dokumenty", 5, "inne", 1)),
            new Agent(BOGDAN, "Bogdan", Map.of("dokumenty", 2)));

    private Acd acd(Queue... queues) {
        return new Acd(clock, log, List.of(queues), team);
    }

    private void later(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    @Test
    void aConsultantAddedAfterStartJoinsLoggedOutAndThenTakesCalls() {
        Acd acd = acd(dokumenty);
        AgentId celina = AgentId.of("celina");
        assertThat(acd.hasAgent(celina)).isFalse();

        assertThat(acd.addAgent(new Agent(celina, "Celina", Map.of("dokumenty", 3)))).isTrue();
        assertThat(acd.addAgent(new Agent(celina, "Celina", Map.of("inne", 3)))).as("already on the floor").isFalse();
        assertThat(acd.agent(celina).presence()).isEqualTo(AgentPresence.LOGGED_OUT);

        acd.enqueue(FIRST, DOKUMENTY, 0);
        assertThat(acd.logIn(celina)).containsExactly(new AcdCommand.RingAgent(FIRST, celina, DOKUMENTY));
    }

    @Test
    void aLoggedOutConsultantsNewSkillsTakeEffectAndALoggedInOnesWaitForTheNextLogin() {
        Acd acd = acd(dokumenty, inne);
        Agent bogdanWithInne = new Agent(BOGDAN, "Bogdan", Map.of("inne", 4));
        acd.logIn(BOGDAN);
        assertThat(acd.updateAgent(bogdanWithInne)).as("logged in: not now").isFalse();
        acd.enqueue(FIRST, INNE, 0);
        assertThat(acd.call(FIRST).orElseThrow().status()).isEqualTo(CallStatus.WAITING);

        acd.logOut(BOGDAN);
        assertThat(acd.updateAgent(bogdanWithInne)).isTrue();
        assertThat(acd.logIn(BOGDAN)).containsExactly(new AcdCommand.RingAgent(FIRST, BOGDAN, INNE));
    }

    @Test
    void aTransferToAnotherQueueEndsTheConsultantsPartAndQueuesTheCallAheadOfNewCallers() {
        Acd acd = acd(dokumenty, inne);
        acd.logIn(ANNA);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.answer(FIRST, ANNA);
        acd.enqueue(SECOND, INNE, 0);
        later(60);

        assertThat(acd.transfer(FIRST, INNE)).isEmpty();
        assertThat(acd.agent(ANNA).activity()).isEqualTo(AgentActivity.WRAP_UP);
        assertThat(acd.call(FIRST).orElseThrow().queue()).isEqualTo(INNE);
        assertThat(acd.call(FIRST).orElseThrow().priority()).isEqualTo(1);
        assertThat(acd.position(FIRST)).hasValue(1);
        assertThat(log.read(FIRST)).extracting(ContactEvent::type).containsSubsequence("CallAnswered", "CallQueued")
                .doesNotContain("CallEnded");

        later(31);
        assertThat(acd.tick()).containsExactly(new AcdCommand.RingAgent(FIRST, ANNA, INNE));
    }

    @Test
    void offersTheCallToTheLongestIdleAgentOfTheQueue() {
        Acd acd = acd(dokumenty, inne);
        acd.logIn(BOGDAN);
        later(10);
        acd.logIn(ANNA);
        assertThat(acd.enqueue(FIRST, DOKUMENTY, 0)).containsExactly(new RingAgent(FIRST, BOGDAN, DOKUMENTY));
        assertThat(acd.agent(BOGDAN).activity()).isEqualTo(AgentActivity.RINGING);
    }

    @Test
    void offersLongestWaitingCallFirst() {
        Acd acd = acd(dokumenty, inne);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        later(5);
        acd.enqueue(SECOND, DOKUMENTY, 0);
        assertThat(acd.logIn(ANNA)).containsExactly(new RingAgent(FIRST, ANNA, DOKUMENTY));
    }

    @Test
    void servesHigherPriorityBeforeEarlierArrival() {
        Acd acd = acd(dokumenty, inne);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.enqueue(SECOND, DOKUMENTY, 5);
        assertThat(acd.position(SECOND)).hasValue(1);
        assertThat(acd.position(FIRST)).hasValue(2);
        assertThat(acd.logIn(ANNA)).containsExactly(new RingAgent(SECOND, ANNA, DOKUMENTY));
    }

    @Test
    void doesNotOfferACallToAnAgentWithoutTheQueuesSkill() {
        Acd acd = acd(dokumenty, inne);
        acd.logIn(BOGDAN);
        assertThat(acd.enqueue(FIRST, INNE, 0)).isEmpty();
        assertThat(acd.logIn(ANNA)).containsExactly(new RingAgent(FIRST, ANNA, INNE));
    }

    @Test
    void connectsOnAnswerAndStoresTheWait() {
        Acd acd = acd(dokumenty, inne);
        acd.logIn(ANNA);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        later(7);
        assertThat(acd.answer(FIRST, ANNA)).isEmpty();
        assertThat(acd.agent(ANNA).activity()).isEqualTo(AgentActivity.ON_CALL);
        assertThat(acd.call(FIRST)).get().extracting(QueuedCall::status).isEqualTo(CallStatus.CONNECTED);
        assertThat(log.read(FIRST)).filteredOn(CallAnswered.class::isInstance).singleElement()
                .extracting(e -> ((CallAnswered) e).waited()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void setsAnAgentWhoDoesNotAnswerNotReadyAndOffersTheCallToTheNext() {
        Acd acd = acd(dokumenty, inne);
        acd.logIn(ANNA);
        later(1);
        acd.logIn(BOGDAN);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        later(19);
        assertThat(acd.tick()).isEmpty();
        later(1);
        assertThat(acd.tick()).containsExactly(new StopRinging(FIRST, ANNA), new RingAgent(FIRST, BOGDAN, DOKUMENTY));
        assertThat(acd.agent(ANNA).presence()).isEqualTo(AgentPresence.ON_BREAK);
        assertThat(acd.agent(ANNA).breakReason()).isEqualTo("brak odpowiedzi");
        assertThat(types(FIRST)).containsSubsequence("CallOffered", "CallNotAnswered", "CallOffered");
    }

    @Test
    void keepsTheCallWhenTheRingingAgentLogsOut() {
        Acd acd = acd(dokumenty, inne);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        later(3);
        acd.enqueue(SECOND, DOKUMENTY, 0);
        acd.logIn(ANNA);
        assertThat(acd.logOut(ANNA)).containsExactly(new StopRinging(FIRST, ANNA));
        assertThat(acd.call(FIRST)).get().extracting(QueuedCall::status).isEqualTo(CallStatus.WAITING);
        assertThat(acd.position(FIRST)).hasValue(1);
        assertThat(acd.logIn(BOGDAN)).containsExactly(new RingAgent(FIRST, BOGDAN, DOKUMENTY));
    }

    @Test
    void storesAnAbandonWithItsWaitWhenTheCallerHangsUpInTheQueue() {
        Acd acd = acd(dokumenty, inne);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        later(42);
        acd.hangUp(FIRST, CallEndReason.CALLER_HUNG_UP);
        assertThat(acd.call(FIRST)).isEmpty();
        assertThat(log.read(FIRST)).filteredOn(CallAbandoned.class::isInstance).singleElement()
                .extracting(e -> ((CallAbandoned) e).waited()).isEqualTo(Duration.ofSeconds(42));
        assertThat(types(FIRST)).containsExactly("CallQueued", "CallAbandoned", "CallEnded");
    }

    @Test
    void stopsRingingWhenTheCallerHangsUpDuringTheOffer() {
        Acd acd = acd(dokumenty, inne);
        acd.logIn(ANNA);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        assertThat(acd.hangUp(FIRST, CallEndReason.CALLER_HUNG_UP)).containsExactly(new StopRinging(FIRST, ANNA));
        assertThat(acd.agent(ANNA).canTakeCall()).isTrue();
    }

    @Test
    void givesTheAgentWrapUpTimeBeforeTheNextCall() {
        Acd acd = acd(dokumenty.withWrapUp(Duration.ofSeconds(30)), inne);
        acd.logIn(ANNA);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.answer(FIRST, ANNA);
        acd.enqueue(SECOND, DOKUMENTY, 0);
        later(60);
        assertThat(acd.hangUp(FIRST, CallEndReason.AGENT_HUNG_UP)).isEmpty();
        assertThat(acd.agent(ANNA).activity()).isEqualTo(AgentActivity.WRAP_UP);
        later(29);
        assertThat(acd.tick()).isEmpty();
        later(1);
        assertThat(acd.tick()).containsExactly(new RingAgent(SECOND, ANNA, DOKUMENTY));
        assertThat(types(FIRST)).endsWith("CallEnded", "WrapUpDone");
    }

    @Test
    void endsWrapUpEarlyWhenTheAgentIsDone() {
        Acd acd = acd(dokumenty, inne);
        acd.logIn(ANNA);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.answer(FIRST, ANNA);
        acd.enqueue(SECOND, DOKUMENTY, 0);
        acd.hangUp(FIRST, CallEndReason.CALLER_HUNG_UP);
        assertThat(acd.finishWrapUp(ANNA)).containsExactly(new RingAgent(SECOND, ANNA, DOKUMENTY));
    }

    @Test
    void ringsANamedColleagueAtOnceOrLetsTheCallWaitWhenTheyAreBusy() {
        Acd acd = acd(dokumenty, inne);
        acd.logIn(ANNA);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.answer(FIRST, ANNA);
        acd.logIn(BOGDAN);
        assertThat(acd.transferToAgent(FIRST, BOGDAN)).containsExactly(new RingAgent(FIRST, BOGDAN, DOKUMENTY));
        assertThat(acd.agent(ANNA).activity()).isEqualTo(AgentActivity.WRAP_UP);
        acd.answer(FIRST, BOGDAN);

        acd.enqueue(SECOND, DOKUMENTY, 0);
        assertThat(acd.transferToAgent(FIRST, ANNA)).as("Anna is still in wrap-up").isEmpty();
        assertThat(acd.call(FIRST).orElseThrow().priority()).isEqualTo(2);
        assertThat(types(FIRST)).containsExactly("CallQueued", "CallOffered", "CallAnswered", "CallQueued",
                "CallOffered", "CallAnswered", "CallQueued");
    }

    @Test
    void keepsAnAgentWhoseOfficeWantsNotesInWrapUpUntilTheyFinishIt() {
        Acd acd = acd(dokumenty.withWrapUp(Duration.ofSeconds(30)), inne);
        acd.logIn(ANNA);
        acd.requireNotes(ANNA, true);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.answer(FIRST, ANNA);
        acd.enqueue(SECOND, DOKUMENTY, 0);
        acd.hangUp(FIRST, CallEndReason.AGENT_HUNG_UP);
        later(3600);
        assertThat(acd.tick()).isEmpty();
        assertThat(acd.agent(ANNA).activity()).isEqualTo(AgentActivity.WRAP_UP);
        assertThat(acd.finishWrapUp(ANNA)).containsExactly(new RingAgent(SECOND, ANNA, DOKUMENTY));
    }

    @Test
    void keepsNotesRequiredEvenWhereTheQueueHasNoWrapUpTime() {
        Acd acd = acd(dokumenty.withWrapUp(Duration.ZERO), inne);
        acd.logIn(ANNA);
        acd.requireNotes(ANNA, true);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.answer(FIRST, ANNA);
        acd.hangUp(FIRST, CallEndReason.CALLER_HUNG_UP);
        assertThat(acd.agent(ANNA).activity()).isEqualTo(AgentActivity.WRAP_UP);
        acd.requireNotes(ANNA, false);
        later(1);
        acd.tick();
        assertThat(acd.agent(ANNA).activity()).as("the policy lifted: wrap-up ends on time").isEqualTo(AgentActivity.IDLE);
    }

    @Test
    void movesACallToTheOverflowQueueAfterTheMaximumWaitKeepingItsOrder() {
        Acd acd = acd(dokumenty.withOverflow(Duration.ofMinutes(2), new OverflowTarget.AnotherQueue(INNE)), inne);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        later(10);
        acd.enqueue(SECOND, INNE, 0);
        later(110);
        assertThat(acd.tick()).isEmpty();
        assertThat(acd.call(FIRST)).get().extracting(QueuedCall::queue).isEqualTo(INNE);
        assertThat(acd.position(FIRST)).hasValue(1);
        assertThat(types(FIRST)).containsExactly("CallQueued", "CallOverflowed", "CallQueued");
    }

    @Test
    void sendsACallToAnOfficeAfterTheMaximumWait() {
        OverflowTarget zus = new OverflowTarget.Office(OfficeCode.of("ZUS"));
        Acd acd = acd(dokumenty.withOverflow(Duration.ofMinutes(5), zus), inne);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        later(299);
        assertThat(acd.tick()).isEmpty();
        later(1);
        assertThat(acd.tick()).containsExactly(new SendToOverflow(FIRST, DOKUMENTY, zus));
        assertThat(acd.call(FIRST)).isEmpty();
    }

    @Test
    void ringsEveryFreeAgentForRingAllAndStopsTheOthersOnAnswer() {
        Acd acd = acd(dokumenty.withStrategy(new RingAll()), inne);
        acd.logIn(ANNA);
        acd.logIn(BOGDAN);
        assertThat(acd.enqueue(FIRST, DOKUMENTY, 0))
                .containsExactly(new RingAgent(FIRST, ANNA, DOKUMENTY), new RingAgent(FIRST, BOGDAN, DOKUMENTY));
        assertThat(acd.answer(FIRST, BOGDAN)).containsExactly(new StopRinging(FIRST, ANNA));
        assertThat(acd.agent(ANNA).canTakeCall()).isTrue();
        assertThat(acd.call(FIRST).orElseThrow().agents()).containsExactly(BOGDAN);
    }

    @Test
    void keepsACallbacksPlaceAndDialsTheCitizenWhenAnAgentAnswers() {
        Acd acd = acd(dokumenty, inne);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.enqueue(SECOND, DOKUMENTY, 0);
        acd.requestCallback(FIRST, "+48600100200");
        assertThat(acd.position(FIRST)).hasValue(1);
        assertThat(acd.logIn(ANNA)).containsExactly(new RingAgent(FIRST, ANNA, DOKUMENTY));
        assertThat(acd.answer(FIRST, ANNA)).containsExactly(new DialCallback(FIRST, ANNA, "+48600100200"));
    }

    @Test
    void retriesAFailedCallbackLaterAndGivesUpWhenTold() {
        Acd acd = acd(dokumenty, inne);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.requestCallback(FIRST, "+48600100200");
        acd.logIn(ANNA);
        acd.answer(FIRST, ANNA);
        assertThat(acd.callbackFailed(FIRST, "NO_ANSWER", Optional.of(Duration.ofMinutes(10)))).isEmpty();
        assertThat(acd.agent(ANNA).canTakeCall()).isTrue();
        later(600);
        assertThat(acd.tick()).containsExactly(new RingAgent(FIRST, ANNA, DOKUMENTY));
        acd.answer(FIRST, ANNA);
        acd.callbackFailed(FIRST, "BUSY", Optional.empty());
        assertThat(acd.call(FIRST)).isEmpty();
        assertThat(types(FIRST)).endsWith("CallbackAttempted", "CallEnded");
    }

    @Test
    void estimatesTheWaitFromPlaceHandleTimeAndStaffedAgents() {
        Acd acd = acd(dokumenty.withHandleTime(Duration.ofMinutes(4)), inne);
        acd.takeBreak(ANNA, "przerwa");
        acd.takeBreak(BOGDAN, "przerwa");
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.enqueue(SECOND, DOKUMENTY, 0);
        acd.enqueue(THIRD, DOKUMENTY, 0);
        assertThat(acd.estimatedWait(THIRD)).hasValue(Duration.ofMinutes(6));
        assertThat(acd.estimatedWait(ContactId.of("gone"))).isEmpty();
    }

    @Test
    void refusesUnknownQueuesAgentsCallsAndOutOfTurnAnswers() {
        Acd acd = acd(dokumenty, inne);
        assertThatThrownBy(() -> acd.enqueue(FIRST, QueueCode.of("nieznana"), 0)).isInstanceOf(NoSuchQueue.class);
        assertThatThrownBy(() -> acd.logIn(AgentId.of("nikt"))).isInstanceOf(NoSuchAgent.class);
        assertThatThrownBy(() -> acd.answer(THIRD, ANNA)).isInstanceOf(NoSuchCall.class);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        assertThatThrownBy(() -> acd.answer(FIRST, ANNA)).isInstanceOf(InvalidCallState.class);
        assertThatThrownBy(() -> acd.enqueue(FIRST, DOKUMENTY, 0)).isInstanceOf(InvalidCallState.class);
    }

    @Test
    void storesTheWholePathOfAnsweredCallInOrder() {
        Acd acd = acd(dokumenty.withWrapUp(Duration.ZERO), inne);
        acd.logIn(ANNA);
        acd.enqueue(FIRST, DOKUMENTY, 0);
        acd.answer(FIRST, ANNA);
        acd.hangUp(FIRST, CallEndReason.CALLER_HUNG_UP);
        assertThat(types(FIRST)).containsExactly("CallQueued", "CallOffered", "CallAnswered", "CallEnded", "WrapUpDone");
    }

    private List<String> types(ContactId contact) {
        return log.read(contact).stream().map(ContactEvent::type).toList();
    }
}
