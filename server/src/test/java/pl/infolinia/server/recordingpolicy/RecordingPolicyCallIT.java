package pl.infolinia.server.recordingpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.recordingpolicy.RecordingMode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.server.support.ArchivedRecordings;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavReader;
import pl.infolinia.telephony.testkit.Baresip;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * Real calls under the Chancellery's recording policy: a SIPp citizen (Polish speech) calls the
 * hotline and presses 1 (queue dokumenty), consultant agent2 answers on baresip. A queue whose mode
 * is NONE leaves no recording and refuses start and pause; an ON_DEMAND call is recorded only from
 * the consultant's start, and pausing is refused where the office does not allow it. A policy a
 * published flow would break is refused.
 */
@InfoliniaTest
// an application of its own: it changes the hotline office's policy and needs the queue to itself
@TestPropertySource(properties = "infolinia.test.application=recording-policy-calls")
@DirtiesContext
class RecordingPolicyCallIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;
    private static final String KPRM = "/api/offices/KPRM/recording-policy";

    @Autowired
    MockMvc mvc;

    @Autowired
    Telephony telephony;

    @Autowired
    Acd acd;

    @Autowired
    RecordingPolicies policies;

    @Autowired
    UserDetailsService details;

    @Value("${infolinia.data.dir}")
    String dataDir;

    @TempDir
    Path dir;

    @Test
    void aCallFromAQueueThatRecordsNothingLeavesNoRecordingAndRefusesStartAndPause() throws Exception {
        setPolicy("{\"mode\": \"ALL\", \"pauseAllowed\": true, \"queues\": {\"dokumenty\": \"NONE\"}}");
        String contact;
        try (Baresip softphone = consultant()) {
            Sipp.Running citizen = call("48600700801", 8000);
            contact = onCallOf("agent2");

            mvc.perform(post("/api/contacts/" + contact + "/recording/pause").with(httpBasic("agent2", PASSWORD)))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.problems[0]").value("NOT_RECORDED"));
            mvc.perform(post("/api/contacts/" + contact + "/recording/start").with(httpBasic("agent2", PASSWORD)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.message").value("call " + contact + " is not recorded: its recording policy is NONE"));
            mvc.perform(post("/desk/recording").with(user(details.loadUserByUsername("agent2"))).with(csrf())
                            .param("pause", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Ta rozmowa nie jest nagrywana zgodnie z zasadami urzędu.")));
            mvc.perform(get("/desk/work").with(user(details.loadUserByUsername("agent2"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"hangup\"")))
                    .andExpect(content().string(not(containsString("id=\"recording\""))));

            Sipp.Run run = citizen.finish();
            assertThat(run.exitCode()).as(run.output()).isZero();
        }

        List<String> types = await().atMost(Duration.ofSeconds(30)).until(() -> eventTypes(contact),
                events -> events.contains("CallEnded"));
        assertThat(types).contains("CallAnswered").doesNotContain("RecordingSaved", "RecordingStarted", "RecordingPaused");
        assertThat(recordingsOf(contact)).isEmpty();
    }

    @Test
    void anOnDemandCallIsRecordedOnlyFromTheConsultantsStartAndItsPauseIsRefused() throws Exception {
        setPolicy("{\"mode\": \"ON_DEMAND\", \"pauseAllowed\": false}");
        String contact;
        try (Baresip softphone = consultant()) {
            Sipp.Running citizen = call("48600700802", 20000);
            contact = onCallOf("agent2");
            mvc.perform(get("/desk/work").with(user(details.loadUserByUsername("agent2"))))
                    .andExpect(content().string(containsString("Rozpocznij nagrywanie")));

            // answered and talking, but nothing is recorded until the consultant starts it
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> recordingsOf(contact).isEmpty());
            mvc.perform(post("/api/contacts/" + contact + "/recording/start").with(httpBasic("agent3", PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/desk/recording").with(user(details.loadUserByUsername("agent2"))).with(csrf())
                            .param("start", "true"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Nagrywanie rozpoczęte.")));
            mvc.perform(post("/api/contacts/" + contact + "/recording/start").with(httpBasic("agent2", PASSWORD)))
                    .andExpect(status().isNoContent());
            mvc.perform(get("/desk/work").with(user(details.loadUserByUsername("agent2"))))
                    .andExpect(content().string(not(containsString("Rozpocznij nagrywanie"))))
                    .andExpect(content().string(not(containsString("id=\"recording\""))));

            Path live = await().atMost(Duration.ofSeconds(10)).until(() -> recordingsOf(contact).stream().findFirst(),
                    Optional::isPresent).orElseThrow();
            await().atMost(Duration.ofSeconds(20)).until(() -> seconds(live) >= 3);
            mvc.perform(post("/api/contacts/" + contact + "/recording/pause").with(httpBasic("agent2", PASSWORD)))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.problems[0]").value("PAUSE_NOT_ALLOWED"));

            Sipp.Run run = citizen.finish();
            assertThat(run.exitCode()).as(run.output()).isZero();
        }

        WavAudio audio = ArchivedRecordings.of(mvc, contact);
        String events = contactEvents(contact);
        Instant answered = at(events, "CallAnswered");
        Instant started = at(events, "RecordingStarted");
        Instant saved = at(events, "RecordingSaved");
        double recorded = audio.duration().toMillis() / 1000.0;
        assertThat(recorded).as("recorded from the start").isCloseTo(seconds(started, saved), org.assertj.core.data.Offset.offset(1.0));
        assertThat(seconds(answered, saved) - recorded).as("the talk before the start is not recorded").isGreaterThan(2.5);
        assertThat(JsonPath.<List<String>>read(events, "$.events[*].type")).doesNotContain("RecordingPaused")
                .containsOnlyOnce("RecordingStarted");
        assertThat(Signal.rms(audio.channel(0))).as("the citizen's speech, left").isGreaterThan(0.02);
    }

    @Test
    void aPolicyUnderWhichThePublishedFlowWouldQueueIntoARecordedQueueWithoutTheNoticeIsRefused() throws Exception {
        setPolicy("{\"mode\": \"NONE\", \"pauseAllowed\": false}");
        String withoutNotice = FlowLoader.demoYaml().replace("recording-notice: true", "recording-notice: false");
        try {
            publish(withoutNotice); // nothing is recorded, so no notice is needed

            mvc.perform(put(KPRM).with(httpBasic("officeadmin", PASSWORD)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"mode\": \"NONE\", \"pauseAllowed\": false, \"queues\": {\"podatki\": \"ON_DEMAND\"}}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.problems.length()").value(1))
                    .andExpect(jsonPath("$.problems[0]", containsString(
                            "nodes.kolejka-podatki.queue: queue 'podatki' may record calls, but a caller reaches it without the recording notice")))
                    .andExpect(jsonPath("$.message", containsString("Nothing changed")));
            mvc.perform(post("/admin/offices/KPRM/recording-policy").with(user(details.loadUserByUsername("officeadmin")))
                            .with(csrf()).param("mode", "ALL").param("pauseAllowed", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("opublikowany przepływ IVR prowadzi do nagrywanej kolejki")));

            assertThat(policies.of(OfficeCode.of("KPRM")).mode()).isEqualTo(RecordingMode.NONE);
            assertThat(policies.of(OfficeCode.of("KPRM")).queueModes()).isEmpty();
        } finally {
            publish(FlowLoader.demoYaml());
            setPolicy("{\"mode\": \"ALL\", \"pauseAllowed\": true}");
        }
    }

    private void setPolicy(String json) throws Exception {
        mvc.perform(put(KPRM).with(httpBasic("officeadmin", PASSWORD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk());
    }

    private void publish(String yaml) throws Exception {
        mvc.perform(post("/api/ivr/flows/infolinia/versions").with(httpBasic("officeadmin", PASSWORD))
                .contentType(MediaType.TEXT_PLAIN).content(yaml)).andExpect(status().isCreated());
    }

    /** Consultant agent2 on baresip, answering with a 1 kHz tone, once the ACD may ring them. */
    private Baresip consultant() throws Exception {
        Baresip softphone = Baresip.register(dir, telephony.sipPort(), "agent2", PASSWORD,
                Sipp.KIT.resolve("audio/tone-1khz-8k-s16.wav"));
        await().atMost(Duration.ofSeconds(60)).until(() -> acd.agents().stream()
                .anyMatch(agent -> agent.id().value().equals("agent2") && agent.canTakeCall()));
        return softphone;
    }

    /** A citizen who presses 1 after the greeting and the notice, and talks for {@code holdMs} after it. */
    private Sipp.Running call(String caller, int holdMs) throws Exception {
        return Sipp.start(telephony.sipPort(), "scenarios/caller-talks.xml", FreePorts.next(),
                List.of("-s", "infolinia", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()), "-set", "digit", "1",
                        "-set", "caller", caller, "-set", "dtmf_delay_ms",
                        Long.toString(DemoHotline.untilTheMenu(PromptSet.polish()).plusMillis(1500).toMillis()),
                        "-set", "hold_ms", Integer.toString(holdMs)));
    }

    private String onCallOf(String agent) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> acd.agents().stream()
                        .filter(state -> state.id().value().equals(agent) && state.activity() == AgentActivity.ON_CALL)
                        .findFirst().flatMap(AgentState::contact), Optional::isPresent).orElseThrow();
    }

    /** Recordings of the contact in the switchboard's spool, live or finished and not archived yet. */
    private List<Path> recordingsOf(String contact) throws IOException {
        Path spool = Path.of(dataDir, "recordings");
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.getFileName().toString().startsWith(contact + "-"))
                    .filter(f -> f.toString().endsWith(".wav")).toList();
        }
    }

    private String contactEvents(String contact) throws Exception {
        return mvc.perform(get("/api/contacts/" + contact).with(httpBasic("admin", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
    }

    private List<String> eventTypes(String contact) throws Exception {
        String events = contactEvents(contact);
        return events.contains("\"events\"") ? JsonPath.read(events, "$.events[*].type") : List.of();
    }

    private static Instant at(String events, String type) {
        return Instant.parse(JsonPath.<List<String>>read(events, "$.events[?(@.type == '" + type + "')].event.at").getFirst());
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    /** Seconds of audio the live file's header declares (brought up to date every second). */
    private static double seconds(Path live) throws IOException {
        return WavReader.read(live).duration().toMillis() / 1000.0;
    }
}
