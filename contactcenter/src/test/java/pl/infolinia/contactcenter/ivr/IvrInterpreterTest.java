package pl.infolinia.contactcenter.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.MutableClock;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.calendar.BusinessHours;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.calendar.OpeningPeriod;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.contactcenter.contact.IvrChoiceMade;
import pl.infolinia.contactcenter.contact.TopicChosen;

class IvrInterpreterTest {

    private static final ContactId CONTACT = ContactId.of("c1");
    private static final OfficeCalendar WEEKDAYS_8_TO_16 =
            OfficeCalendar.of(BusinessHours.weekdays(OpeningPeriod.of("08:00", "16:00")));

    private final MutableClock clock = new MutableClock(warsaw("2026-04-07T10:00"));
    private final InMemoryContactEventLog log = new InMemoryContactEventLog();
    private final IvrFlow demo = FlowLoader.demo(FlowLoaderTest.DEMO_CONTEXT);

    private static Instant warsaw(String local) {
        return LocalDateTime.parse(local).atZone(OfficeCalendar.WARSAW).toInstant();
    }

    private FlowResult callDemo(String keys) {
        return callDemo(new ScriptedCaller(keys));
    }

    private FlowResult callDemo(ScriptedCaller caller) {
        return new IvrInterpreter(demo, Map.of("infolinia", WEEKDAYS_8_TO_16), clock, log).run(CONTACT, caller);
    }

    @Test
    void queuesACallerWhoPresses1ForDocumentsAfterGreetingAndRecordingNotice() {
        ScriptedCaller caller = new ScriptedCaller("1");
        FlowResult result = callDemo(caller);
        assertThat(result.outcome()).isEqualTo(new FlowOutcome.Queued(QueueCode.of("dokumenty"), 0));
        assertThat(result.topic()).contains("dokumenty");
        assertThat(caller.heard()).containsExactly("powitanie", "nagrywanie-rodo", "menu-glowne");
        assertThat(result.path()).containsExactly("powitanie", "nagrywanie", "godziny", "menu", "temat-dokumenty", "kolejka-dokumenty");
        assertThat(log.read(CONTACT)).containsExactly(
                new IvrChoiceMade(CONTACT, clock.instant(), "menu", "1"),
                new TopicChosen(CONTACT, clock.instant(), "dokumenty"));
        assertThat(caller.isConnected()).isTrue();
    }

    @Test
    void sendsEachDigitToItsTopicsQueue() {
        Map<Character, String> expected = Map.of('1', "dokumenty", '2', "rodzina", '3', "praca", '4', "zdrowie",
                '5', "pojazdy", '6', "podatki", '7', "firma", '8', "cudzoziemcy", '9', "inne", '0', "konsultant");
        expected.forEach((digit, queue) -> assertThat(callDemo(String.valueOf(digit)).outcome())
                .as("key %s", digit).isEqualTo(new FlowOutcome.Queued(QueueCode.of(queue), 0)));
    }

    @Test
    void playsTheClosedMessageOnEasterMondayAndHangsUp() {
        clock.advance(Duration.between(clock.instant(), warsaw("2026-04-06T10:00")));
        ScriptedCaller caller = new ScriptedCaller("1");
        FlowResult result = callDemo(caller);
        assertThat(result.outcome()).isEqualTo(new FlowOutcome.HungUp());
        assertThat(caller.heard()).containsExactly("powitanie", "nagrywanie-rodo", "poza-godzinami");
        assertThat(caller.hungUpByUs()).isTrue();
        assertThat(log.read(CONTACT)).containsExactly(new CallEnded(CONTACT, clock.instant(), CallEndReason.FLOW_HUNG_UP));
    }

    @Test
    void explainsAWrongKeyAndOffersTheMenuAgain() {
        ScriptedCaller caller = new ScriptedCaller("#4");
        FlowResult result = callDemo(caller);
        assertThat(caller.heard()).containsExactly("powitanie", "nagrywanie-rodo", "menu-glowne", "niepoprawny-wybor", "menu-glowne");
        assertThat(result.outcome()).isEqualTo(new FlowOutcome.Queued(QueueCode.of("zdrowie"), 0));
    }

    @Test
    void givesACallerWhoNeverChoosesToAConsultantAfterTheRepeats() {
        ScriptedCaller caller = new ScriptedCaller("...");
        FlowResult result = callDemo(caller);
        assertThat(caller.heard()).containsExactly("powitanie", "nagrywanie-rodo",
                "menu-glowne", "brak-wyboru", "menu-glowne", "brak-wyboru", "menu-glowne", "brak-wyboru");
        assertThat(result.outcome()).isEqualTo(new FlowOutcome.Queued(QueueCode.of("konsultant"), 0));
        assertThat(result.topic()).contains("ogolne");
    }

    @Test
    void endsWhenTheCallerHangsUpInTheMenu() {
        FlowResult result = callDemo("X");
        assertThat(result.outcome()).isEqualTo(new FlowOutcome.CallerHungUp("menu"));
        assertThat(log.read(CONTACT)).extracting(ContactEvent::type).containsExactly("CallEnded");
        assertThat(((CallEnded) log.read(CONTACT).getFirst()).reason()).isEqualTo(CallEndReason.CALLER_HUNG_UP);
    }

    private static final String SMALL_FLOW = """
            name: urzad
            start: pesel
            nodes:
              pesel:
                type: collect
                prompt: podaj-pesel
                max-digits: 11
                variable: pesel
                next: oddzwonienie
              oddzwonienie:
                type: callback
                prompt: czy-oddzwonic
                queue: dokumenty
                declined: wybor
              wybor:
                type: menu
                prompt: zus-czy-wiadomosc
                options:
                  1: zus
                  2: wiadomosc
                failure: koniec
              zus:
                type: office
                office: ZUS
              wiadomosc:
                type: message
                prompt: zostaw-wiadomosc
                office: KPRM
              koniec:
                type: hangup
            """;

    private FlowResult callSmallFlow(ScriptedCaller caller) {
        IvrFlow flow = FlowLoader.load("urzad.yaml", SMALL_FLOW, FlowLoaderTest.DEMO_CONTEXT);
        return new IvrInterpreter(flow, Map.of(), clock, log).run(CONTACT, caller);
    }

    @Test
    void collectsDigitsUntilHashAndOffersACallbackOnTheCallersNumber() {
        FlowResult result = callSmallFlow(new ScriptedCaller("4401011234#1"));
        assertThat(result.collected()).containsEntry("pesel", "4401011234");
        assertThat(result.outcome()).isEqualTo(new FlowOutcome.CallbackRequested(QueueCode.of("dokumenty"), "+48600100200"));
        assertThat(log.read(CONTACT)).extracting(ContactEvent::type).containsExactly("IvrChoiceMade", "IvrChoiceMade");
    }

    @Test
    void stopsCollectingAtTheMaximumNumberOfDigits() {
        FlowResult result = callSmallFlow(new ScriptedCaller("440101123451"));
        assertThat(result.collected()).containsEntry("pesel", "44010112345");
        assertThat(result.outcome()).isInstanceOf(FlowOutcome.CallbackRequested.class);
    }

    @Test
    void transfersToAnOfficeAndStoresTheTransferFirst() {
        FlowResult result = callSmallFlow(new ScriptedCaller("#.1"));
        assertThat(result.outcome()).isEqualTo(new FlowOutcome.SentToOffice(OfficeCode.of("ZUS")));
        assertThat(log.read(CONTACT)).last().extracting(ContactEvent::type).isEqualTo("CallTransferred");
        assertThat(log.read(CONTACT).getLast().data()).containsEntry("target", "office:ZUS");
    }

    @Test
    void recordsAMessageForTheOfficeAndEndsTheCall() {
        ScriptedCaller caller = new ScriptedCaller("#.2");
        FlowResult result = callSmallFlow(caller);
        assertThat(result.outcome()).isEqualTo(new FlowOutcome.MessageLeft(Optional.of(OfficeCode.of("KPRM")), "nagrania/wiadomosc-1.wav"));
        assertThat(log.read(CONTACT)).extracting(ContactEvent::type).endsWith("MessageLeft", "CallEnded");
        assertThat(caller.hungUpByUs()).isTrue();
    }

    @Test
    void refusesToRunAFlowWithoutTheCalendarsItNeeds() {
        assertThatThrownBy(() -> new IvrInterpreter(demo, Map.of(), clock, log))
                .hasMessageContaining("needs calendar infolinia");
    }

    @Test
    void letsGoOfACallerLoopingThroughMenusForever() {
        String loop = """
                name: petla
                start: menu
                nodes:
                  menu:
                    type: menu
                    prompt: wybierz
                    repeats: 0
                    options:
                      1: menu
                    failure: menu
                """;
        IvrFlow flow = FlowLoader.load("petla.yaml", loop, new FlowContext(Set.of(), Set.of(), Set.of()));
        ScriptedCaller caller = new ScriptedCaller("1".repeat(IvrInterpreter.MAX_STEPS + 10));
        FlowResult result = new IvrInterpreter(flow, Map.of(), clock, log).run(CONTACT, caller);
        assertThat(result.outcome()).isEqualTo(new FlowOutcome.HungUp());
        assertThat(result.path()).hasSize(IvrInterpreter.MAX_STEPS);
        assertThat(caller.hungUpByUs()).isTrue();
        assertThat(List.of(log.read(CONTACT).getLast().type())).containsExactly("CallEnded");
    }
}
