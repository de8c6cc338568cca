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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.RecordingSaved;
import pl.infolinia.contactcenter.contact.SupervisorJoined;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.CallStatus;
import pl.infolinia.contactcenter.queue.QueuedCall;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.media.WavReader;
import pl.infolinia.telephony.testkit.Baresip;
import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * A supervisor joins a live call from their own softphone, over real SIP: a SIPp citizen says a
 * 1 kHz tone, the consultant's baresip says 440 Hz, the supervisor's baresip says 1700 Hz; what
 * each one heard is measured afterwards (the citizen's side from the call's recording).
 */
@InfoliniaTest
// an application of its own: the hotline's consultants must be only those these tests register
@TestPropertySource(properties = "infolinia.test.application=supervisor")
class SupervisionIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;
    private static final int CONSULTANT_HZ = 440;
    private static final int SUPERVISOR_HZ = 1700;

    @Autowired
    MockMvc mvc;

    @Autowired
    Telephony telephony;

    @Autowired
    Acd acd;

    @Autowired
    ContactEventLog events;

    @Autowired
    AuditLog audit;

    @TempDir
    Path dir;

    @Test
    void listeningSupervisorHearsCitizenAndConsultantAndNobodyHearsThem() throws Exception {
        Heard heard = superviseACall("LISTEN", "agent3", "48600300401");

        assertThat(Signal.toneShare(heard.supervisor(), Calls.CITIZEN_HZ, 8000)).as("the citizen's tone").isGreaterThan(0.2);
        assertThat(Signal.toneShare(heard.supervisor(), CONSULTANT_HZ, 8000)).as("the consultant's tone").isGreaterThan(0.2);
        assertThat(Signal.toneShare(heard.consultant(), SUPERVISOR_HZ, 8000)).as("consultant heard no supervisor")
                .isLessThan(0.02);
        assertThat(Signal.toneShare(heard.citizen(), SUPERVISOR_HZ, 8000)).as("citizen heard no supervisor")
                .isLessThan(0.02);
        assertThat(Signal.toneShare(heard.citizen(), CONSULTANT_HZ, 8000)).as("citizen still hears the consultant")
                .isGreaterThan(0.5);
    }

    @Test
    void whisperingSupervisorIsHeardByTheConsultantOnly() throws Exception {
        Heard heard = superviseACall("WHISPER", "agent2", "48600300402");

        assertThat(Signal.toneShare(heard.consultant(), SUPERVISOR_HZ, 8000)).as("consultant heard the supervisor")
                .isGreaterThan(0.2);
        assertThat(Signal.toneShare(heard.citizen(), SUPERVISOR_HZ, 8000)).as("citizen heard no supervisor")
                .isLessThan(0.02);
        assertThat(Signal.toneShare(heard.supervisor(), Calls.CITIZEN_HZ, 8000)).as("the citizen's tone").isGreaterThan(0.2);
        assertThat(Signal.toneShare(heard.supervisor(), CONSULTANT_HZ, 8000)).as("the consultant's tone").isGreaterThan(0.2);
    }

    /** What the three heard while the supervisor was on the call: the part after the supervisor joined. */
    private record Heard(short[] citizen, short[] consultant, short[] supervisor) {
    }

    /** A consultant of their own per test: after a call, one stays in wrap-up for a while. */
    private Heard superviseACall(String mode, String agent, String citizenNumber) throws Exception {
        Baresip consultant = Baresip.register(Files.createDirectory(dir.resolve("agent")), telephony.sipPort(),
                agent, PASSWORD, Calls.tone(dir, CONSULTANT_HZ, 20));
        Baresip supervisor = Baresip.register(Files.createDirectory(dir.resolve("supervisor")), telephony.sipPort(),
                "supervisor", PASSWORD, Calls.tone(dir, SUPERVISOR_HZ, 20));
        ContactId contact;
        Sipp.Run citizen;
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> acd.agent(AgentId.of(agent)).canTakeCall());
            Sipp.Running call = Calls.citizenWithTone(telephony.sipPort(), dir, citizenNumber, 12000);
            contact = await().atMost(Duration.ofSeconds(40)).until(this::connectedCall, c -> c != null).contact();

            mvc.perform(post("/api/contacts/" + contact.value() + "/supervise").with(httpBasic("mc.supervisor", PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"" + mode + "\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/contacts/" + contact.value() + "/supervise").with(httpBasic("supervisor", PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"SHOUT\"}"))
                    .andExpect(status().isBadRequest());
            mvc.perform(post("/api/contacts/" + contact.value() + "/supervise").with(httpBasic("supervisor", PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"" + mode + "\"}"))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.status").value("RINGING"));
            await().atMost(Duration.ofSeconds(10)).until(() -> events.read(contact).stream()
                    .anyMatch(event -> event instanceof SupervisorJoined joined && joined.supervisor().equals("supervisor")
                            && joined.mode().equals(mode)));
            citizen = call.finish();
        } finally {
            consultant.close();
            supervisor.close();
        }
        assertThat(citizen.exitCode()).as(citizen.output()).isZero();
        assertThat(audit.recent(java.util.Optional.empty(), 50).stream().anyMatch(entry -> entry.action() == AuditAction.CALL_SUPERVISED
                && entry.target().equals(contact.value()) && entry.details().startsWith(mode))).isTrue();

        List<ContactEvent> path = events.read(contact);
        Path recording = Path.of(path.stream().filter(RecordingSaved.class::isInstance).map(RecordingSaved.class::cast)
                .findFirst().orElseThrow().location());
        short[] citizenHeard = WavReader.read(recording).channel(1);
        short[] supervisorHeard = WavReader.read(supervisor.received()).channel(0);
        short[] consultantHeard = WavReader.read(consultant.received()).channel(0);
        assertThat(supervisorHeard.length / 8000.0)
                .as("the supervisor's phone was hung up with the call, before its own 20 s ran out").isLessThan(16);
        // the supervisor joined a few seconds into the conversation: compare its last seconds
        return new Heard(tail(citizenHeard, 4), tail(consultantHeard, 4), middle(supervisorHeard));
    }

    private QueuedCall connectedCall() {
        return acd.calls().stream().filter(call -> call.status() == CallStatus.CONNECTED).findFirst().orElse(null);
    }

    /** The last {@code seconds} of a recording but its final half second (hang-up). */
    private static short[] tail(short[] samples, int seconds) {
        int end = Math.max(0, samples.length - 4000);
        return Arrays.copyOfRange(samples, Math.max(0, end - seconds * 8000), end);
    }

    /** A supervisor's recording without its first and last half second. */
    private static short[] middle(short[] samples) {
        return samples.length <= 8000 ? samples : Arrays.copyOfRange(samples, 4000, samples.length - 4000);
    }
}
