package pl.infolinia.server.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavReader;
import pl.infolinia.telephony.testkit.Baresip;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * A real call recorded end to end: a SIPp citizen (Polish speech) calls the hotline and presses 1,
 * consultant agent2 answers on baresip playing a 1 kHz tone and pauses the recording for a few
 * seconds; the archive then holds a stereo WAV with the speech left, the tone right, silence in
 * the pause and the pause in its metadata, found by the caller's number and played with ranges.
 */
@InfoliniaTest
// an application of its own: it logs a consultant in and needs the queue to itself
@TestPropertySource(properties = "infolinia.test.application=recorded-calls")
@DirtiesContext
class RecordedCallIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;
    private static final String CALLER = "48600700800";

    @Autowired
    MockMvc mvc;

    @Autowired
    Telephony telephony;

    @Autowired
    Acd acd;

    @Value("${infolinia.data.dir}")
    String dataDir;

    @TempDir
    Path dir;

    @Test
    void aPausedRealCallIsArchivedInStereoWithSilenceAndAMarkerWhereItWasPaused() throws Exception {
        Path spool = Path.of(dataDir, "recordings");
        Baresip softphone = Baresip.register(dir, telephony.sipPort(), "agent2", PASSWORD,
                Sipp.KIT.resolve("audio/tone-1khz-8k-s16.wav"));
        String contact;
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> acd.agents().stream()
                    .anyMatch(agent -> agent.id().value().equals("agent2") && agent.canTakeCall()));
            Sipp.Running citizen = Sipp.start(telephony.sipPort(), "scenarios/caller-talks.xml", FreePorts.next(),
                    List.of("-s", "infolinia", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()), "-set", "digit",
                            "1", "-set", "caller", CALLER, "-set", "dtmf_delay_ms",
                            Long.toString(DemoHotline.untilTheMenu(PromptSet.polish()).plusMillis(1500).toMillis()),
                            "-set", "hold_ms", "16000"));
            Path live = await().atMost(Duration.ofSeconds(60)).until(() -> liveRecording(spool), Optional::isPresent)
                    .orElseThrow();
            contact = live.getFileName().toString().replaceFirst("-\\d+\\.wav$", "");
            await().atMost(Duration.ofSeconds(20)).until(() -> seconds(live) >= 3);

            mvc.perform(post("/api/contacts/" + contact + "/recording/pause").with(httpBasic("agent3", PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/contacts/" + contact + "/recording/pause").with(httpBasic("agent2", PASSWORD)))
                    .andExpect(status().isNoContent());
            double pausedAt = seconds(live);
            await().atMost(Duration.ofSeconds(20)).until(() -> seconds(live) >= pausedAt + 3);
            mvc.perform(post("/api/contacts/" + contact + "/recording/resume").with(httpBasic("agent2", PASSWORD)))
                    .andExpect(status().isNoContent());
            Sipp.Run run = citizen.finish();
            assertThat(run.exitCode()).as(run.output()).isZero();
        } finally {
            softphone.close();
        }

        String found = await().atMost(Duration.ofSeconds(30)).until(() -> search("supervisor"),
                json -> JsonPath.<List<?>>read(json, "$").size() == 1);
        String id = JsonPath.read(found, "$[0].id");
        assertThat(JsonPath.<String>read(found, "$[0].contact")).isEqualTo(contact);
        assertThat(JsonPath.<String>read(found, "$[0].consultant")).isEqualTo("agent2");
        assertThat(JsonPath.<String>read(found, "$[0].office")).isEqualTo("KPRM");
        assertThat(JsonPath.<String>read(found, "$[0].queue")).isEqualTo("dokumenty");
        assertThat(JsonPath.<Boolean>read(found, "$[0].interrupted")).isFalse();
        List<Double> pause = List.of(JsonPath.<Double>read(found, "$[0].pauses[0].from"),
                JsonPath.<Double>read(found, "$[0].pauses[0].to"));
        assertThat(JsonPath.<List<?>>read(found, "$[0].pauses")).hasSize(1);
        assertThat(pause.get(1) - pause.get(0)).isBetween(2.5, 6.0);

        byte[] bytes = mvc.perform(get("/api/recordings/" + id + "/audio").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk()).andExpect(header().string("Accept-Ranges", "bytes"))
                .andReturn().getResponse().getContentAsByteArray();
        WavAudio audio = WavReader.read(bytes);
        assertThat(audio.format().channels()).isEqualTo(2);
        assertThat(audio.duration().toMillis() / 1000.0).isCloseTo(JsonPath.<Double>read(found, "$[0].durationSeconds"),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(audio.duration()).isEqualTo(talkTime(contact, audio.duration()));

        short[] citizen = audio.channel(0);
        short[] consultant = audio.channel(1);
        int pauseFrom = (int) (pause.get(0) * 8000);
        int pauseTo = (int) (pause.get(1) * 8000);
        // the tick in which the pause took effect may still hold the call: skip 100 ms at each edge
        assertThat(Arrays.copyOfRange(citizen, pauseFrom + 800, pauseTo - 800)).containsOnly((short) 0);
        assertThat(Arrays.copyOfRange(consultant, pauseFrom + 800, pauseTo - 800)).containsOnly((short) 0);
        short[] consultantBefore = Arrays.copyOfRange(consultant, 8000, pauseFrom - 800);
        assertThat(Signal.toneShare(consultantBefore, 1000, 8000)).as("the consultant's 1 kHz tone, right").isGreaterThan(0.9);
        short[] citizenBefore = Arrays.copyOfRange(citizen, 8000, pauseFrom - 800);
        assertThat(Signal.rms(citizenBefore)).as("the citizen's speech, left").isGreaterThan(0.02);
        assertThat(Signal.toneShare(citizenBefore, 1000, 8000)).isLessThan(0.1);
        // baresip plays its 5 s tone once; the citizen talks on, and is recorded again after the pause
        short[] citizenAfter = Arrays.copyOfRange(citizen, pauseTo + 800, citizen.length - 4000);
        assertThat(Signal.rms(citizenAfter)).as("recorded again after resuming").isGreaterThan(0.02);

        mvc.perform(get("/api/recordings/" + id + "/audio").header("Range", "bytes=44-1043")
                        .with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 44-1043/" + bytes.length));
        String audit = mvc.perform(get("/api/audit").param("limit", "1000").with(httpBasic("admin", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(audit,
                "$[?(@.action == 'RECORDING_PLAYED' && @.target == '" + id + "')].actor")).containsExactly("supervisor");
        String events = mvc.perform(get("/api/contacts/" + contact).with(httpBasic("admin", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(events, "$.events[*].type"))
                .contains("RecordingPaused", "RecordingResumed", "RecordingSaved");
    }

    private String search(String user) throws Exception {
        return mvc.perform(get("/api/recordings").param("caller", CALLER).with(httpBasic(user, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The recording of a call going on now: a WAV in the spool without the switchboard's note. */
    private static Optional<Path> liveRecording(Path spool) throws IOException {
        if (!Files.isDirectory(spool)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.toString().endsWith(".wav"))
                    .filter(f -> !Files.exists(f.resolveSibling(f.getFileName() + ".done"))).findFirst();
        }
    }

    /** Seconds of audio the live file's header declares (brought up to date every second). */
    private static double seconds(Path live) throws IOException {
        return WavReader.read(live).duration().toMillis() / 1000.0;
    }

    /** The time from the answer to the end of the call, from the contact's events, if within a second of {@code recorded}. */
    private Duration talkTime(String contact, Duration recorded) throws Exception {
        String events = mvc.perform(get("/api/contacts/" + contact).with(httpBasic("admin", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        Instant answered = Instant.parse(JsonPath.<List<String>>read(events,
                "$.events[?(@.type == 'CallAnswered')].event.at").getFirst());
        Instant ended = Instant.parse(JsonPath.<List<String>>read(events,
                "$.events[?(@.type == 'RecordingSaved')].event.at").getFirst());
        Duration talk = Duration.between(answered, ended);
        return talk.minus(recorded).abs().compareTo(Duration.ofSeconds(1)) <= 0 ? recorded : talk;
    }
}
