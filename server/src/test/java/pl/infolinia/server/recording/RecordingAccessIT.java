package pl.infolinia.server.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.storage.RecordingStore;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * Who may list, play, download, hold and delete archived recordings, and that each listen,
 * refusal, hold and deletion leaves an audit entry; retention never deletes a held recording.
 */
@InfoliniaTest
class RecordingAccessIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcRecordingCatalog catalog;

    @Autowired
    JdbcRecordingRetention retention;

    @Autowired
    RecordingStore store;

    @Autowired
    ArchiveJob job;

    @TempDir
    Path dir;

    private String caller;
    private ArchivedRecording kprmCall;

    @BeforeEach
    void agent1OfKprmHadARecordedCall() throws Exception {
        caller = "4860" + (System.nanoTime() % 10_000_000);
        kprmCall = archived("KPRM", "agent1", Instant.now().minus(Duration.ofMinutes(5)));
    }

    @Test
    void aSupervisorOfAnotherOfficeCanNeitherListNorPlayAndIsAudited() throws Exception {
        mvc.perform(get("/api/recordings").param("office", "KPRM").with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isForbidden());
        String own = mvc.perform(get("/api/recordings").param("caller", caller).with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<?>>read(own, "$")).isEmpty();
        mvc.perform(get("/api/recordings/" + kprmCall.id() + "/audio").with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/recordings/" + kprmCall.id() + "/audio").with(httpBasic("mc.agent1", PASSWORD)))
                .andExpect(status().isForbidden());

        assertThat(audit("ACCESS_DENIED", "mc.supervisor")).anyMatch(details -> details.contains(kprmCall.id()));
        assertThat(audit("RECORDING_PLAYED", "mc.supervisor")).isEmpty();
    }

    @Test
    void aConsultantListsAndPlaysOnlyTheirOwnCallsAndCannotDownload() throws Exception {
        String mine = mvc.perform(get("/api/recordings").param("caller", caller).with(httpBasic("agent1", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        String theirs = mvc.perform(get("/api/recordings").param("caller", caller).with(httpBasic("agent2", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(mine, "$[*].id")).containsExactly(kprmCall.id());
        assertThat(JsonPath.<List<String>>read(theirs, "$[*].id")).isEmpty();
        mvc.perform(get("/api/recordings/" + kprmCall.id() + "/audio").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/recordings/" + kprmCall.id() + "/audio").with(httpBasic("agent2", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/recordings/" + kprmCall.id() + "/download").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/recordings/" + kprmCall.id() + "/download").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"nagranie-" + kprmCall.id() + ".wav\""));

        assertThat(audit("RECORDING_PLAYED", "agent1")).isNotEmpty();
        assertThat(audit("RECORDING_DOWNLOADED", "supervisor")).isNotEmpty();
    }

    @Test
    void retentionDeletesOnlyExpiredRecordingsAndNeverOneUnderLegalHold() throws Exception {
        ArchivedRecording expired = archived("MF", "mf.agent1", Instant.now().minus(Duration.ofDays(100)));
        ArchivedRecording held = archived("MF", "mf.agent1", Instant.now().minus(Duration.ofDays(200)));
        ArchivedRecording recent = archived("MF", "mf.agent1", Instant.now().minus(Duration.ofDays(10)));
        mvc.perform(post("/api/recordings/" + held.id() + "/hold").param("held", "true").param("reason", "sprawa sądowa 1/26")
                .with(httpBasic("mf.officeadmin", PASSWORD))).andExpect(status().isOk());
        retention.set("MF", 90);

        job.deleteExpired();

        assertThat(catalog.kept(expired.id())).isFalse();
        assertThat(store.exists(expired.storageKey())).isFalse();
        assertThat(catalog.kept(held.id())).isTrue();
        assertThat(store.exists(held.storageKey())).isTrue();
        assertThat(catalog.kept(recent.id())).isTrue();
        assertThat(audit("RECORDING_DELETED", "retention")).contains("retention 90 days");
        assertThat(audit("RECORDING_HOLD_CHANGED", "mf.officeadmin")).contains("legal hold placed: sprawa sądowa 1/26");
    }

    @Test
    void aDataSubjectsRequestDeletesARecordingUnlessItIsHeld() throws Exception {
        ArchivedRecording held = archived("KPRM", "agent1", Instant.now());
        mvc.perform(post("/api/recordings/" + held.id() + "/hold").param("held", "true").param("reason", "kontrola")
                .with(httpBasic("officeadmin", PASSWORD))).andExpect(status().isOk());

        mvc.perform(delete("/api/recordings/" + held.id()).param("reason", "wniosek RODO 7/2026")
                .with(httpBasic("officeadmin", PASSWORD))).andExpect(status().isConflict());
        mvc.perform(delete("/api/recordings/" + kprmCall.id()).param("reason", "wniosek RODO 7/2026")
                .with(httpBasic("supervisor", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/recordings/" + kprmCall.id()).param("reason", "wniosek RODO 7/2026")
                .with(httpBasic("officeadmin", PASSWORD))).andExpect(status().isNoContent());

        assertThat(store.exists(held.storageKey())).isTrue();
        assertThat(store.exists(kprmCall.storageKey())).isFalse();
        mvc.perform(get("/api/recordings/" + kprmCall.id() + "/audio").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(audit("RECORDING_DELETED", "officeadmin")).contains("request: wniosek RODO 7/2026");
    }

    private ArchivedRecording archived(String office, String consultant, Instant started) throws Exception {
        String id = "test" + UUID.randomUUID().toString().substring(0, 8) + "-" + started.toEpochMilli();
        Path file = Files.write(dir.resolve(id + ".wav"), wav());
        String key = "test/" + id + ".wav";
        store.put(key, file);
        ArchivedRecording recording = new ArchivedRecording(id, "c-" + id, started, Duration.ofMillis(500),
                new CallFacts(Optional.of(office), Optional.of("dokumenty"), Optional.of(consultant), Optional.of(caller),
                        Optional.empty(), Optional.empty()), List.of(), false, key, Archiver.sha256(file));
        catalog.add(recording);
        return recording;
    }

    private static byte[] wav() throws Exception {
        Path file = Files.createTempFile("tone", ".wav");
        try (var writer = new pl.infolinia.telephony.media.WavWriter(file, new pl.infolinia.telephony.media.WavFormat(
                pl.infolinia.telephony.media.AudioEncoding.PCM_S16LE, 2, 8000))) {
            writer.write(new short[8000]);
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private List<String> audit(String action, String actor) throws Exception {
        String json = mvc.perform(get("/api/audit").param("limit", "1000").with(httpBasic("admin", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$[?(@.action == '" + action + "' && @.actor == '" + actor + "')].details");
    }
}
