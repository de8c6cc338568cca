package pl.infolinia.contactcenter.switchboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.contact.CallAbandoned;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.CallbackAttempted;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.hotline.HotlineDirectory;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.OverflowTarget;
import pl.infolinia.contactcenter.queue.Queue;
import pl.infolinia.contactcenter.transfer.DeliveryProblem;
import pl.infolinia.contactcenter.transfer.Fallback;
import pl.infolinia.telephony.CallScript;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.MediaUri;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.sip.SipTelephony;
import pl.infolinia.telephony.testkit.FreePorts;

/**
 * What the queue does with calls that do not simply meet a free consultant, over real SIP: a
 * second engine plays the citizens (they dial the hotline and press keys) and the consultants'
 * and the office's phones. A short flow (menu → topic → queue) keeps each call quick.
 */
class QueueingCallsIT {

    private static final OfficeCode KPRM = OfficeCode.of("KPRM");
    private static final OfficeCode ZUS = OfficeCode.of("ZUS");
    private static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");
    private static final String CITIZEN = "48500100200";
    private static final String FLOW = """
            name: infolinia
            start: menu
            nodes:
              menu:
                type: menu
                prompt: menu-glowne
                timeout: 5
                options:
                  1: temat
                failure: temat
              temat:
                type: topic
                topic: dokumenty
                next: kolejka
              kolejka:
                type: queue
                queue: dokumenty
            """;

    @TempDir
    Path dir;

    private final InMemoryContactEventLog log = new InMemoryContactEventLog();
    private final Clock clock = Clock.systemUTC();
    private final Map<String, CallScript> phonesByUser = new ConcurrentHashMap<>();
    private final List<Channel> phoneChannels = new CopyOnWriteArrayList<>();
    private SipTelephony engine;
    private SipTelephony phones;
    private Switchboard switchboard;
    private Acd acd;
    private OfficeLines officeLines = ZUS::equals;

    private void start(Optional<OverflowTarget> overflow, String... agents) throws IOException {
        Path prompts = dir.resolve("prompts");
        PromptSet.polish().installInto(prompts);
        int phonesPort = FreePorts.next();
        int enginePort = FreePorts.next();
        phones = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(phonesPort)
                        .withRtpPorts(31000, 31999).withPrompts(prompts), (user, realm) -> Optional.empty(),
                name -> name.equals(DemoHotline.NUMBER)
                        ? Optional.of("sip:infolinia@127.0.0.1:" + enginePort) : Optional.empty());
        phones.onIncomingCall(call -> {
            phoneChannels.add(call);
            phonesByUser.getOrDefault(call.called(), Channel::hangup).run(call);
        });
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(enginePort)
                        .withRtpPorts(30000, 30999).withPrompts(prompts), (user, realm) -> Optional.empty(),
                name -> Optional.of("sip:" + name + "@127.0.0.1:" + phonesPort));
        List<Queue> queues = DemoHotline.queues(KPRM).stream()
                .map(q -> q.code().equals(DOKUMENTY) && overflow.isPresent()
                        ? q.withOverflow(Duration.ofSeconds(2), overflow.get()) : q).toList();
        acd = new Acd(clock, log, queues, List.of(agents).stream().map(name -> new Agent(AgentId.of(name), name,
                DemoHotline.QUEUES.stream().collect(Collectors.toMap(q -> q, q -> 5)))).toList());
        FlowLibrary flows = new FlowLibrary(clock);
        flows.publish("test", FLOW, DemoHotline.context(Set.of(ZUS)));
        switchboard = new Switchboard(engine, acd, new HotlineDirectory(List.of(DemoHotline.hotline(KPRM))), flows,
                Map.of(DemoHotline.CALENDAR, OfficeCalendar.alwaysOpen()), officeLines, AgentDirectory.NONE, log,
                clock, SwitchboardSettings.under(dir).withAnnouncements(Duration.ZERO, Duration.ofSeconds(30)));
        switchboard.start();
    }

    @AfterEach
    void stop() {
        switchboard.close();
        engine.close();
        phones.close();
    }

    @Test
    void aCitizenWhoHangsUpWhileQueuedIsAbandonedWithTheWait() throws Exception {
        start(Optional.empty());
        Channel citizen = call("1");
        await().atMost(Duration.ofSeconds(10)).until(() -> hasWaited(Duration.ofMillis(2500)));
        citizen.hangup();

        List<ContactEvent> path = pathWhenEnded();
        assertThat(path).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade", "TopicChosen",
                "CallQueued", "CallAbandoned", "CallEnded");
        assertThat(((CallAbandoned) path.get(4)).waited()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
        assertThat(((CallEnded) path.get(5)).reason().name()).isEqualTo("CALLER_HUNG_UP");
    }

    @Test
    void aConsultantWhoDoesNotAnswerIsSetNotReadyAndTheCallGoesToTheNext() throws Exception {
        start(Optional.empty(), "ania", "bartek");
        phonesByUser.put("ania", Channel::hangup); // declines
        phonesByUser.put("bartek", talksFor(Duration.ofSeconds(2)));
        switchboard.logIn(AgentId.of("ania"));
        await().atMost(Duration.ofSeconds(1)) // ania has been idle longest
                .until(() -> clock.instant().isAfter(acd.agent(AgentId.of("ania")).idleSince()));
        switchboard.logIn(AgentId.of("bartek"));

        Channel citizen = call("1");
        List<ContactEvent> path = pathWhenEnded();
        citizen.hangup();

        assertThat(path).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade", "TopicChosen",
                "CallQueued", "CallOffered", "CallNotAnswered", "CallOffered", "CallAnswered", "RecordingSaved",
                "CallEnded");
        assertThat(path.get(4).agent()).contains(AgentId.of("ania"));
        assertThat(path.get(7).agent()).contains(AgentId.of("bartek"));
        assertThat(acd.agent(AgentId.of("ania")).presence()).isEqualTo(AgentPresence.ON_BREAK);
    }

    @Test
    void aConsultantSendsTheCitizenToAnotherQueueWhereTheNextConsultantTakesThem() throws Exception {
        List<ContactEvent> path = transferredFromTo("ewa", "filip", "praca");

        assertThat(path).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade", "TopicChosen",
                "CallQueued", "CallOffered", "CallAnswered", "CallTransferred", "RecordingSaved", "CallQueued",
                "CallOffered", "CallAnswered", "RecordingSaved", "CallEnded");
        assertThat(((CallTransferred) path.get(6)).target()).isEqualTo("queue:praca");
        assertThat(path.get(10).agent()).contains(AgentId.of("filip"));
        assertThat(acd.agent(AgentId.of("ewa")).activity().name()).isEqualTo("WRAP_UP");
    }

    @Test
    void aConsultantHandsTheCitizenToANamedColleagueWhosePhoneRingsAtOnce() throws Exception {
        List<ContactEvent> path = transferredFromTo("hela", "igor", "agent:igor");

        assertThat(path).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade", "TopicChosen",
                "CallQueued", "CallOffered", "CallAnswered", "CallTransferred", "RecordingSaved", "CallQueued",
                "CallOffered", "CallAnswered", "RecordingSaved", "CallEnded");
        assertThat(((CallTransferred) path.get(6)).target()).isEqualTo("agent:igor");
        assertThat(path.get(9).agent()).contains(AgentId.of("igor"));
        assertThat(path.get(10).agent()).contains(AgentId.of("igor"));
    }

    /**
     * A citizen who pressed 1 talks with {@code first} (the only consultant logged in), who
     * transfers them to {@code target} once {@code second} has logged in; the contact's events
     * when the call has ended.
     */
    private List<ContactEvent> transferredFromTo(String first, String second, String target) throws Exception {
        start(Optional.empty(), first, second);
        phonesByUser.put(first, call -> {
            call.answer();
            call.awaitHangup(Duration.ofSeconds(30));
        });
        phonesByUser.put(second, talksFor(Duration.ofSeconds(2)));
        switchboard.logIn(AgentId.of(first));
        Channel citizen = call("1");
        await().atMost(Duration.ofSeconds(15)).until(() -> types().contains("CallAnswered"));
        ContactId contact = log.contacts(ContactQuery.all()).getFirst();
        switchboard.logIn(AgentId.of(second));

        assertThat(switchboard.transfer(contact, AgentId.of(first), target)).isTrue();
        List<ContactEvent> path = pathWhenEnded();
        citizen.hangup();
        return path;
    }

    @Test
    void aCallWaitingItsQueuesMaximumGoesToTheOfficesLine() throws Exception {
        start(Optional.of(new OverflowTarget.Office(ZUS)));
        phonesByUser.put(ZUS.value(), talksFor(Duration.ofSeconds(2)));

        Channel citizen = call("1");
        List<ContactEvent> path = pathWhenEnded();
        citizen.hangup();

        assertThat(path).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade", "TopicChosen",
                "CallQueued", "CallOverflowed", "CallEnded");
        assertThat(((CallEnded) path.getLast()).reason().name()).isEqualTo("TRANSFERRED_OUT");
    }

    @Test
    void anOfficeThatDoesNotAnswerForwardsTheCallByItsRuleToAQueue() throws Exception {
        officeLines = new OfficeLines() {
            @Override
            public boolean has(OfficeCode office) {
                return office.equals(ZUS);
            }

            @Override
            public Fallback fallback(OfficeCode office, DeliveryProblem problem) {
                return problem == DeliveryProblem.BUSY || problem == DeliveryProblem.NO_ANSWER
                        ? new Fallback.ToQueue(QueueCode.of("inne")) : new Fallback.BackToSender();
            }
        };
        start(Optional.of(new OverflowTarget.Office(ZUS)), "gosia");
        phonesByUser.put(ZUS.value(), Channel::hangup); // the office's line refuses
        phonesByUser.put("gosia", talksFor(Duration.ofSeconds(2)));

        Channel citizen = call("1");
        await().atMost(Duration.ofSeconds(20)).until(() -> types().contains("CallTransferred"));
        switchboard.logIn(AgentId.of("gosia"));
        List<ContactEvent> path = pathWhenEnded();
        citizen.hangup();

        assertThat(path).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade", "TopicChosen",
                "CallQueued", "CallOverflowed", "CallTransferred", "CallQueued", "CallOffered", "CallAnswered",
                "RecordingSaved", "CallEnded");
        assertThat(((CallTransferred) path.get(5)).target()).isEqualTo("queue:inne");
        assertThat(path.get(8).agent()).contains(AgentId.of("gosia"));
    }

    @Test
    void aClosedOfficeIsNotDialledAndItsClosedRuleSendsTheCallToAQueue() throws Exception {
        officeLines = new OfficeLines() {
            @Override
            public boolean has(OfficeCode office) {
                return office.equals(ZUS);
            }

            @Override
            public boolean isOpen(OfficeCode office, Instant time) {
                return false;
            }

            @Override
            public Fallback fallback(OfficeCode office, DeliveryProblem problem) {
                return problem == DeliveryProblem.CLOSED ? new Fallback.ToQueue(QueueCode.of("inne"))
                        : new Fallback.BackToSender();
            }
        };
        start(Optional.of(new OverflowTarget.Office(ZUS)), "jola");
        AtomicBoolean officeRang = new AtomicBoolean();
        phonesByUser.put(ZUS.value(), call -> {
            officeRang.set(true);
            call.hangup();
        });
        phonesByUser.put("jola", talksFor(Duration.ofSeconds(2)));

        Channel citizen = call("1");
        await().atMost(Duration.ofSeconds(20)).until(() -> types().contains("CallTransferred"));
        switchboard.logIn(AgentId.of("jola"));
        List<ContactEvent> path = pathWhenEnded();
        citizen.hangup();

        assertThat(path).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade", "TopicChosen",
                "CallQueued", "CallOverflowed", "CallTransferred", "CallQueued", "CallOffered", "CallAnswered",
                "RecordingSaved", "CallEnded");
        assertThat(((CallTransferred) path.get(5)).target()).isEqualTo("queue:inne");
        assertThat(officeRang).as("a closed office's line is not dialled").isFalse();
    }

    @Test
    void aCitizenWhoChoosesACallbackIsCalledBackWhenAConsultantIsFree() throws Exception {
        start(Optional.of(new OverflowTarget.Callback()), "celina");
        phonesByUser.put("celina", talksFor(Duration.ofSeconds(3)));
        phonesByUser.put(CITIZEN, call -> {
            call.answer();
            call.awaitHangup(Duration.ofSeconds(20));
        });

        Channel citizen = call("1");
        await().atMost(Duration.ofSeconds(15)).until(() -> types().contains("CallOverflowed"));
        citizen.sendDigits("1"); // "press 1 to be called back, keeping your place"
        assertThat(citizen.awaitHangup(Duration.ofSeconds(20))).as("the line closes after the confirmation").isTrue();
        assertThat(types()).contains("CallbackScheduled");

        switchboard.logIn(AgentId.of("celina"));
        List<ContactEvent> path = pathWhenEnded();
        assertThat(path).filteredOn(CallbackAttempted.class::isInstance)
                .extracting(e -> ((CallbackAttempted) e).outcome()).containsExactly("CONNECTED");
        assertThat(path).extracting(ContactEvent::type).endsWith("CallbackScheduled", "CallOffered", "CallAnswered",
                "CallbackAttempted", "RecordingSaved", "CallEnded");
    }

    @Test
    void aConsultantConsultsTheOfficeTakesTheCitizenBackThenHandsThemOver() throws Exception {
        start(Optional.empty(), "daria");
        phonesByUser.put("daria", call -> {
            call.answer();
            call.awaitHangup(Duration.ofSeconds(30));
        });
        phonesByUser.put(ZUS.value(), call -> {
            call.answer();
            call.awaitHangup(Duration.ofSeconds(30));
        });
        switchboard.logIn(AgentId.of("daria"));
        Channel citizen = call("1");
        await().atMost(Duration.ofSeconds(15)).until(() -> types().contains("CallAnswered"));
        ContactId contact = log.contacts(ContactQuery.all()).getFirst();
        AgentId daria = AgentId.of("daria");

        assertThat(switchboard.consultation(contact)).isEmpty();
        assertThat(switchboard.consult(contact, daria, "ZUS")).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> liveChannels() == 3);
        assertThat(switchboard.consultation(contact)).contains(ZUS);
        assertThat(switchboard.cancelConsultation(contact, daria)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> liveChannels() == 2);
        assertThat(switchboard.consultation(contact)).as("back with the citizen").isEmpty();
        assertThat(switchboard.consult(contact, daria, "ZUS")).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> liveChannels() == 3);
        assertThat(switchboard.completeConsultation(contact, daria)).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> types().contains("CallEnded"));
        assertThat(citizen.state().name()).as("the citizen now talks to the office").isEqualTo("UP");
        assertThat(switchboard.consultation(contact)).isEmpty();
        citizen.hangup();
        List<ContactEvent> path = log.read(contact);
        // the citizen waits on hold while the consultant talks to the office, so reports count it as hold
        assertThat(path).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade", "TopicChosen",
                "CallQueued", "CallOffered", "CallAnswered", "CallHeld", "CallResumed", "CallHeld", "CallTransferred",
                "RecordingSaved", "CallEnded");
        assertThat(path.get(9)).isInstanceOfSatisfying(CallTransferred.class, transfer -> {
            assertThat(transfer.target()).isEqualTo("office:ZUS");
            assertThat(transfer.attended()).isTrue();
        });
        assertThat(acd.agent(daria).activity().name()).isNotEqualTo("ON_CALL");
    }

    @Test
    void aConsultantHoldsResumesAndHangsUpFromInfolinia() throws Exception {
        start(Optional.empty(), "gosia");
        phonesByUser.put("gosia", call -> {
            call.answer();
            call.awaitHangup(Duration.ofSeconds(30));
        });
        AgentId gosia = AgentId.of("gosia");
        switchboard.logIn(gosia);
        Channel citizen = call("1");
        await().atMost(Duration.ofSeconds(15)).until(() -> types().contains("CallAnswered"));
        ContactId contact = log.contacts(ContactQuery.all()).getFirst();

        assertThat(switchboard.hold(contact, gosia, true)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> types().contains("CallHeld"));
        assertThat(switchboard.hold(contact, AgentId.of("ktos-inny"), false)).as("delivered, but not theirs").isTrue();
        assertThat(switchboard.hold(contact, gosia, false)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> types().contains("CallResumed"));
        assertThat(switchboard.hangUp(contact, gosia)).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> types().contains("CallEnded"));
        await().atMost(Duration.ofSeconds(5)).until(() -> citizen.state().name().equals("DOWN"));
        List<ContactEvent> path = log.read(contact);
        assertThat(path).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade", "TopicChosen",
                "CallQueued", "CallOffered", "CallAnswered", "CallHeld", "CallResumed", "RecordingSaved", "CallEnded");
        assertThat(path.getLast()).isInstanceOfSatisfying(CallEnded.class,
                ended -> assertThat(ended.reason()).isEqualTo(CallEndReason.AGENT_HUNG_UP));
        assertThat(switchboard.hold(contact, gosia, true)).as("the call is gone").isFalse();
    }

    /** Calls the second engine holds: the citizen, and the consultant's and the office's phones. */
    private long liveChannels() {
        return phoneChannels.stream().filter(channel -> channel.state().name().equals("UP")).count();
    }

    /** The citizen calls the hotline from {@value #CITIZEN} and presses {@code keys} once the menu plays. */
    private Channel call(String keys) {
        Channel citizen = phones.dial(DemoHotline.NUMBER, CITIZEN, Duration.ofSeconds(5));
        phoneChannels.add(citizen);
        // the switchboard holds the call from just before the menu's prompt starts
        await().atMost(Duration.ofSeconds(5)).until(() -> switchboard.liveCalls() == 1);
        citizen.sendDigits(keys);
        return citizen;
    }

    /** Whether the one queued call has waited at least {@code wait}. */
    private boolean hasWaited(Duration wait) {
        return acd.calls().stream().anyMatch(call -> !call.arrivedAt().plus(wait).isAfter(clock.instant()));
    }

    private static CallScript talksFor(Duration talk) {
        return phone -> {
            phone.answer();
            phone.startMusicOnHold(MediaUri.prompt("oddzwaniamy"));
            phone.awaitHangup(talk);
            phone.hangup();
        };
    }

    private List<String> types() {
        return log.events(ContactQuery.all()).stream().map(ContactEvent::type).toList();
    }

    private List<ContactEvent> pathWhenEnded() {
        await().atMost(Duration.ofSeconds(40)).until(() -> log.events(ContactQuery.all()).stream()
                .anyMatch(CallEnded.class::isInstance));
        ContactId contact = log.contacts(ContactQuery.all()).getFirst();
        return log.read(contact);
    }
}
