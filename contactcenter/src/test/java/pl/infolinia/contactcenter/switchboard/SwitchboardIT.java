package pl.infolinia.contactcenter.switchboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.contactcenter.contact.RecordingSaved;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.hotline.HotlineDirectory;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.CallStatus;
import pl.infolinia.telephony.SipCredentials;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavReader;
import pl.infolinia.telephony.sip.SipTelephony;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * The demo hotline on the real engine with real SIP peers: a SIPp citizen presses 1 by RFC 4733,
 * waits in the queue, is answered by a consultant's SIPp phone that registered with digest,
 * talks, and is blind-transferred by REFER to ZUS, whose PBX is a SIPp UAS; the event store
 * holds the whole path in order and the recording holds both voices.
 */
class SwitchboardIT {

    private static final OfficeCode KPRM = OfficeCode.of("KPRM");
    private static final OfficeCode ZUS = OfficeCode.of("ZUS");
    private static final String AGENT = "agent1";
    private static final String PASSWORD = "tajne-haslo";

    @TempDir
    Path dir;

    private final InMemoryContactEventLog log = new InMemoryContactEventLog();
    private final Clock clock = Clock.systemUTC();
    private SipTelephony engine;
    private Switchboard switchboard;
    private Acd acd;
    private int officePort;

    @BeforeEach
    void start() throws IOException {
        Path prompts = dir.resolve("prompts");
        PromptSet.polish().installInto(prompts);
        officePort = FreePorts.next();
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next())
                        .withRtpPorts(30000, 30999).withPrompts(prompts),
                SipCredentials.fromPasswords(user -> Optional.ofNullable(Map.of(AGENT, PASSWORD).get(user))),
                name -> name.equals(ZUS.value()) ? Optional.of("sip:zus@127.0.0.1:" + officePort) : Optional.empty());
        acd = new Acd(clock, log, DemoHotline.queues(KPRM), List.of(new Agent(AgentId.of(AGENT), "Konsultant 1",
                DemoHotline.QUEUES.stream().collect(Collectors.toMap(q -> q, q -> 5)))));
        FlowLibrary flows = new FlowLibrary(clock);
        flows.publish("demo", FlowLoader.demoYaml(), DemoHotline.context(Set.of(ZUS)));
        switchboard = new Switchboard(engine, acd, new HotlineDirectory(List.of(DemoHotline.hotline(KPRM))), flows,
                Map.of(DemoHotline.CALENDAR, OfficeCalendar.alwaysOpen()), ZUS::equals, AgentDirectory.NONE, log, clock,
                SwitchboardSettings.under(dir).withAnnouncements(Duration.ZERO, Duration.ofSeconds(30)));
        switchboard.start();
    }

    @AfterEach
    void stop() {
        switchboard.close();
        engine.close();
    }

    @Test
    void citizenPresses1WaitsIsAnsweredAndIsTransferredToAnOffice() throws Exception {
        Sipp.Running office = Sipp.startAnsweringMachine(officePort, Sipp.mediaPort());
        Sipp.Running citizen = Sipp.start(engine.sipPort(), "scenarios/caller-talks.xml", FreePorts.next(), List.of(
                "-s", DemoHotline.NUMBER, "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()), "-set", "digit", "1",
                "-set", "dtmf_delay_ms", Long.toString(DemoHotline.untilTheMenu(PromptSet.polish()).plusMillis(1500).toMillis()), "-set", "hold_ms", "18000"));

        await().atMost(Duration.ofSeconds(60)).until(() -> acd.calls().stream()
                .anyMatch(call -> call.status() == CallStatus.WAITING && call.queue().value().equals("dokumenty")));
        // the citizen hears their place in the queue before a consultant turns up
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.calls().stream()
                .anyMatch(call -> !call.arrivedAt().plusSeconds(3).isAfter(clock.instant())));

        Sipp.Running phone = Sipp.start(engine.sipPort(), "scenarios/agent-phone.xml", FreePorts.next(), List.of(
                "-oocsf", "scenarios/refer-transfer.xml", "-mp", Integer.toString(Sipp.mediaPort()),
                "-s", AGENT, "-au", AGENT, "-ap", PASSWORD, "-m", "1", "-set", "calls", "1", "-set", "wait_ms", "60000",
                "-set", "ring_ms", "500", "-set", "transfer_to", ZUS.value(), "-set", "refer_after_ms", "4000"));

        Sipp.Run agentRun = phone.finish();
        Sipp.Run citizenRun = citizen.finish();
        Sipp.Run officeRun = office.finish();
        String events = log.events(ContactQuery.all()).toString();
        assertThat(agentRun.exitCode()).as("the phone's REFER got a final 2xx NOTIFY: " + events + agentRun.output())
                .isZero();
        assertThat(citizenRun.exitCode()).as(citizenRun.output()).isZero();
        assertThat(officeRun.exitCode()).as("ZUS's PBX took the call: " + officeRun.output()).isZero();

        ContactId contact = log.contacts(ContactQuery.all()).getFirst();
        await().atMost(Duration.ofSeconds(5)).until(() -> log.read(contact).getLast() instanceof CallEnded);
        List<ContactEvent> path = log.read(contact);
        assertThat(path).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade", "TopicChosen",
                "CallQueued", "CallOffered", "CallAnswered", "CallTransferred", "RecordingSaved", "CallEnded");
        assertThat(path.get(6)).isInstanceOfSatisfying(CallTransferred.class, t -> {
            assertThat(t.target()).isEqualTo("office:ZUS");
            assertThat(t.agentId()).isEqualTo(AgentId.of(AGENT));
        });
        assertThat(((CallEnded) path.getLast()).reason().name()).isEqualTo("TRANSFERRED_OUT");

        WavAudio recording = WavReader.read(Path.of(((RecordingSaved) path.get(7)).location()));
        assertThat(recording.duration()).as("talk until the office answered").isBetween(Duration.ofSeconds(3),
                Duration.ofSeconds(7));
        short[] citizenSaid = Arrays.copyOfRange(recording.channel(0), 0, 28000);
        short[] citizenHeard = Arrays.copyOfRange(recording.channel(1), 4000, 28000);
        assertThat(Signal.rms(citizenSaid)).as("the citizen's speech reached Infolinia").isGreaterThan(0.03);
        assertThat(Signal.toneShare(citizenSaid, 1000, 8000)).isLessThan(0.1);
        assertThat(Signal.toneShare(citizenHeard, 1000, 8000)).as("the citizen heard the consultant's 1 kHz tone")
                .isGreaterThan(0.9);
        assertThat(Signal.rms(citizenHeard)).isCloseTo(0.354, within(0.03));
    }
}
