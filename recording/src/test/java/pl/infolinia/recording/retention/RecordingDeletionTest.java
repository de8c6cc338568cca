package pl.infolinia.recording.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.archive.InMemoryRecordingCatalog;
import pl.infolinia.recording.storage.LocalFileStore;

class RecordingDeletionTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    @TempDir
    Path dir;

    private final InMemoryRecordingCatalog catalog = new InMemoryRecordingCatalog();

    @Test
    void deletesOnlyWhatIsPastItsOfficesRetentionAndNeverUnderLegalHold() throws IOException {
        LocalFileStore store = new LocalFileStore(dir);
        ArchivedRecording old = recording(store, "old", "ZUS", 100);
        ArchivedRecording held = recording(store, "held", "ZUS", 120);
        ArchivedRecording recent = recording(store, "recent", "ZUS", 30);
        ArchivedRecording otherOffice = recording(store, "other", "KPRM", 400);
        catalog.legalHold(held.id(), true);

        List<Deletion> told = new ArrayList<>();
        List<Deletion> deleted = new RecordingDeletion(catalog, store, told::add).deleteExpired(Map.of("ZUS", 90), NOW);

        assertThat(deleted).containsExactly(new Deletion("old", "ZUS", "retention 90 days"));
        assertThat(told).as("each deletion is told on").isEqualTo(deleted);
        assertThat(store.exists(old.storageKey())).isFalse();
        assertThat(store.exists(held.storageKey())).isTrue();
        assertThat(store.exists(recent.storageKey())).isTrue();
        assertThat(store.exists(otherOffice.storageKey())).isTrue();
        assertThat(catalog.kept()).extracting(ArchivedRecording::id).containsExactlyInAnyOrder("held", "recent", "other");
        assertThat(catalog.deletion("old")).contains("retention 90 days");
    }

    @Test
    void aDataSubjectsRequestDeletesOneRecordingUnlessItIsHeld() throws IOException {
        LocalFileStore store = new LocalFileStore(dir);
        ArchivedRecording asked = recording(store, "asked", "ZUS", 1);
        ArchivedRecording held = recording(store, "held", "ZUS", 1);
        catalog.legalHold(held.id(), true);
        List<Deletion> told = new ArrayList<>();
        RecordingDeletion deletion = new RecordingDeletion(catalog, store, told::add);

        deletion.erase(asked, "data subject request 12/2026", NOW);

        assertThat(store.exists(asked.storageKey())).isFalse();
        assertThatThrownBy(() -> deletion.erase(held, "data subject request", NOW)).isInstanceOf(UnderLegalHold.class);
        assertThat(told).extracting(Deletion::recordingId).as("the held one is not told on").containsExactly("asked");
        assertThat(store.exists(held.storageKey())).isTrue();
        assertThat(catalog.deletion("held")).isEmpty();
    }

    private ArchivedRecording recording(LocalFileStore store, String id, String office, int daysAgo) throws IOException {
        String key = id + ".wav";
        store.put(key, Files.write(dir.resolve(id + "-source"), new byte[] {1}));
        ArchivedRecording recording = new ArchivedRecording(id, "c-" + id, NOW.minus(Duration.ofDays(daysAgo)),
                Duration.ofSeconds(30), new CallFacts(Optional.of(office), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()), List.of(), false, key, "0".repeat(64));
        catalog.add(recording);
        return recording;
    }
}
