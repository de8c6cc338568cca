package pl.infolinia.server.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.SupervisorJoined;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.CallStatus;
import pl.infolinia.contactcenter.queue.QueuedCall;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.support.ArchivedRecordings;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.server.support.TestUsers;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.Username;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.media.WavReader;
import pl.infolinia.telephony.testkit.Baresip;
import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * Supervisors join a live call from their own softphones, over real SIP: a SIPp citizen says a
 * 1 kHz tone, the consultant's baresip 440 Hz, a listening supervisor's baresip 1700 Hz and a
 * whispering one's 2300 Hz; what each one heard is measured afterwards (the citizen's side from
 * the call's recording).
 */
@InfoliniaTest
// an application of its own: the hotline's consultants must be only those these tests register
@TestPropertySource(properties = "infolinia.test.application=supervisor")
class SupervisionIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;
    private static final int CONSULTANT_HZ = 440;
    private static final int LISTENER_HZ = 1700;
    private static final int WHISPERER_HZ = 2300;
    private static final int BARGER_HZ = 1900;

    @Autowired
    MockMvc mvc;

    @Autowired
    Telephony telephony;

    @Autowired
    Acd acd;

    @Autowired
    Switchboard switchboard;

    @Autowired
    ContactEventLog events;

    @Autowired
    AuditLog audit;

    @Autowired
    TestUsers users;

    @TempDir
    Path dir;

    @Test
    void aListenerHearsBothAndIsHeardByNobodyAWhispererIsHeardByTheConsultantOnly() throws Exception {
        Username coach = users.create("KPRM", Role.SUPERVISOR, PASSWORD);
        Baresip consultant = softphone("agent", "agent3", CONSULTANT_HZ);
        Baresip listener = softphone("listener", "supervisor", LISTENER_HZ);
        Baresip whisperer = softphone("whisperer", coach.value(), WHISPERER_HZ);
        ContactId contact;
        Sipp.Run citizen;
        try {
            consultantReady("agent3");
            Sipp.Running call = Calls.citizenWithTone(telephony.sipPort(), dir, "48600300401", 10000);
            contact = await().atMost(Duration.ofSeconds(40)).until(this::connectedCall, c -> c != null).contact();

            supervise(contact, "mc.supervisor", "LISTEN").andExpect(status().isForbidden());
            supervise(contact, "supervisor", "SHOUT").andExpect(status().isBadRequest());
            supervise(contact, "supervisor", "LISTEN").andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.status").value("RINGING"));
            supervise(contact, coach.value(), "WHISPER").andExpect(status().isAccepted());
            await().atMost(Duration.ofSeconds(10)).until(() -> joined(contact, "supervisor", "LISTEN")
                    && joined(contact, coach.value(), "WHISPER"));
            citizen = call.finish();
        } finally {
            consultant.close();
            listener.close();
            whisperer.close();
        }
        assertThat(citizen.exitCode()).as(citizen.output()).isZero();
        assertThat(audit.recent(Optional.empty(), 50)).anyMatch(entry -> entry.action() == AuditAction.CALL_SUPERVISED
                && entry.target().equals(contact.value()) && entry.actor().equals("supervisor")
                && entry.details().equals("LISTEN agent3"));

        // the supervisors joined a few seconds into the conversation: compare the last seconds
        short[] citizenHeard = lastSeconds(ArchivedRecordings.of(mvc, contact.value()).channel(1));
        short[] consultantHeard = lastSeconds(WavReader.read(consultant.received()).channel(0));
        short[] listenerHeard = WavReader.read(listener.received()).channel(0);
        short[] whispererHeard = WavReader.read(whisperer.received()).channel(0);

        assertThat(listenerHeard.length / 8000.0)
                .as("the listener's phone was hung up with the call, before its own 20 s ran out").isLessThan(16);
        for (short[] supervisor : List.of(middle(listenerHeard), middle(whispererHeard))) {
            assertThat(Signal.toneShare(supervisor, Calls.CITIZEN_HZ, 8000)).as("the citizen's tone").isGreaterThan(0.2);
            assertThat(Signal.toneShare(supervisor, CONSULTANT_HZ, 8000)).as("the consultant's tone").isGreaterThan(0.2);
        }
        assertThat(Signal.toneShare(middle(listenerHeard), WHISPERER_HZ, 8000)).as("a whisper is for the consultant")
                .isLessThan(0.02);
        assertThat(Signal.toneShare(consultantHeard, WHISPERER_HZ, 8000)).as("the consultant heard the whisper")
                .isGreaterThan(0.2);
        assertThat(Signal.toneShare(consultantHeard, LISTENER_HZ, 8000)).as("nor the listener").isLessThan(0.02);
        assertThat(Signal.toneShare(citizenHeard, CONSULTANT_HZ, 8000)).as("the citizen still hears the consultant")
                .isGreaterThan(0.5);
        assertThat(Signal.toneShare(citizenHeard, LISTENER_HZ, 8000)).as("the citizen heard no listener")
                .isLessThan(0.02);
        assertThat(Signal.toneShare(citizenHeard, WHISPERER_HZ, 8000)).as("the citizen heard no whisper")
                .isLessThan(0.02);
    }

    @Test
    void aBargingSupervisorIsHeardByTheCitizenAndTheConsultantAndHearsThemBoth() throws Exception {
        Username barger = users.create("KPRM", Role.SUPERVISOR, PASSWORD);
        Baresip consultant = softphone("agent-barge", "agent3", CONSULTANT_HZ);
        Baresip supervisor = softphone("barger", barger.value(), BARGER_HZ);
        ContactId contact;
        Sipp.Run citizen;
        try {
            consultantReady("agent3");
            Sipp.Running call = Calls.citizenWithTone(telephony.sipPort(), dir, "48600300402", 10000);
            contact = await().atMost(Duration.ofSeconds(40)).until(this::connectedCall, c -> c != null).contact();

            supervise(contact, barger.value(), "BARGE").andExpect(status().isAccepted());
            await().atMost(Duration.ofSeconds(10)).until(() -> joined(contact, barger.value(), "BARGE"));
            citizen = call.finish();
        } finally {
            consultant.close();
            supervisor.close();
        }
        assertThat(citizen.exitCode()).as(citizen.output()).isZero();

        short[] citizenHeard = lastSeconds(ArchivedRecordings.of(mvc, contact.value()).channel(1));
        short[] consultantHeard = lastSeconds(WavReader.read(consultant.received()).channel(0));
        short[] bargerHeard = middle(WavReader.read(supervisor.received()).channel(0));
        assertThat(Signal.toneShare(citizenHeard, BARGER_HZ, 8000)).as("the citizen heard the supervisor")
                .isGreaterThan(0.2);
        assertThat(Signal.toneShare(citizenHeard, CONSULTANT_HZ, 8000)).as("and still the consultant").isGreaterThan(0.2);
        assertThat(Signal.toneShare(consultantHeard, BARGER_HZ, 8000)).as("the consultant heard the supervisor")
                .isGreaterThan(0.2);
        assertThat(Signal.toneShare(bargerHeard, Calls.CITIZEN_HZ, 8000)).as("the supervisor heard the citizen")
                .isGreaterThan(0.2);
        assertThat(Signal.toneShare(bargerHeard, CONSULTANT_HZ, 8000)).as("and the consultant").isGreaterThan(0.2);
        assertThat(Signal.toneShare(bargerHeard, BARGER_HZ, 8000)).as("but not themselves").isLessThan(0.02);
    }

    /** The consultant's phone registered and, should an earlier call have left them in wrap-up, done with it. */
    private void consultantReady(String user) {
        AgentId agent = AgentId.of(user);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.hasAgent(agent) && acd.agent(agent).presence() != AgentPresence.LOGGED_OUT);
        switchboard.finishWrapUp(agent);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.agent(agent).canTakeCall());
    }

    private Baresip softphone(String name, String user, int saysHz) throws Exception {
        return Baresip.register(Files.createDirectory(dir.resolve(name)), telephony.sipPort(), user, PASSWORD,
                Calls.tone(dir, saysHz, 20));
    }

    private ResultActions supervise(ContactId contact, String supervisor, String mode) throws Exception {
        return mvc.perform(post("/api/contacts/" + contact.value() + "/supervise").with(httpBasic(supervisor, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"" + mode + "\"}"));
    }

    private boolean joined(ContactId contact, String supervisor, String mode) {
        return events.read(contact).stream().anyMatch(event -> event instanceof SupervisorJoined joined
                && joined.supervisor().equals(supervisor) && joined.mode().equals(mode));
    }

    private QueuedCall connectedCall() {
        return acd.calls().stream().filter(call -> call.status() == CallStatus.CONNECTED).findFirst().orElse(null);
    }

    /** The last 4 s of a recording but its final half second (hang-up). */
    private static short[] lastSeconds(short[] samples) {
        int end = Math.max(0, samples.length - 4000);
        return Arrays.copyOfRange(samples, Math.max(0, end - 4 * 8000), end);
    }

    /** A supervisor's recording without its first and last half second. */
    private static short[] middle(short[] samples) {
        return samples.length <= 8000 ? samples : Arrays.copyOfRange(samples, 4000, samples.length - 4000);
    }
}
