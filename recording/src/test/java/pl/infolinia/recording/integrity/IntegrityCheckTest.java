package pl.infolinia.recording.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.archive.InMemoryRecordingCatalog;
import pl.infolinia.recording.integrity.Finding.Kind;
import pl.infolinia.recording.spool.Spool;
import pl.infolinia.recording.storage.LocalFileStore;
import pl.infolinia.telephony.media.AudioEncoding;
import pl.infolinia.telephony.media.WavFormat;
import pl.infolinia.telephony.media.WavWriter;

class IntegrityCheckTest {

    @TempDir
    Path dir;

    private final InMemoryRecordingCatalog catalog = new InMemoryRecordingCatalog();
    private final InMemoryHashChain chain = new InMemoryHashChain();
    private LocalFileStore store;
    private List<ArchivedRecording> archived;

    @BeforeEach
    void threeFinishedCallsAreArchived() throws IOException {
        Path spool = Files.createDirectories(dir.resolve("spool"));
        for (int call = 1; call <= 3; call++) {
            Path file = spool.resolve("c" + call + "-" + (1_764_300_000_000L + call) + ".wav");
            try (WavWriter writer = new WavWriter(file, new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000))) {
                writer.write(new short[1600 * call]);
            }
            Files.writeString(spool.resolve(file.getFileName() + ".done"), "contact=c" + call + "\noffice=KPRM\n");
        }
        store = new LocalFileStore(dir.resolve("archive"));
        archived = new Archiver(new Spool(spool, Instant.now()), store, catalog, chain, c -> CallFacts.unknown())
                .archiveReady();
    }

    @Test
    void findsNothingWrongInAnUntouchedArchive() {
        IntegrityReport report = new IntegrityCheck(catalog, chain, store).run();

        assertThat(report.findings()).isEmpty();
        assertThat(report.recordingsChecked()).isEqualTo(3);
        assertThat(report.chainEntries()).isEqualTo(3);
        assertThat(archived).noneMatch(ArchivedRecording::interrupted);
    }

    @Test
    void namesTheAlteredAndTheRemovedFile() throws IOException {
        Path altered = store.resolve(archived.get(0).storageKey());
        byte[] bytes = Files.readAllBytes(altered);
        bytes[100] ^= 1;
        Files.write(altered, bytes);
        Files.delete(store.resolve(archived.get(2).storageKey()));

        IntegrityReport report = new IntegrityCheck(catalog, chain, store).run();

        assertThat(report.findings()).extracting(Finding::kind, Finding::recordingId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Kind.ALTERED, archived.get(0).id()),
                org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, archived.get(2).id()));
    }

    @Test
    void namesAForgedChainEntryAndEveryLinkItBreaks() {
        ChainEntry second = chain.entries().get(1);
        chain.tamper(1, ChainEntry.link(2, second.recordingId(), "f".repeat(64), second.previousHash()));

        IntegrityReport report = new IntegrityCheck(catalog, chain, store).run();

        assertThat(report.findings()).extracting(Finding::kind, Finding::recordingId).contains(
                org.assertj.core.groups.Tuple.tuple(Kind.UNCHAINED, second.recordingId()),
                org.assertj.core.groups.Tuple.tuple(Kind.CHAIN_BROKEN, chain.entries().get(2).recordingId()));
    }

    @Test
    void setsAsideAFileThatIsNoWavAndArchivesTheOthers() throws IOException {
        Path spool = dir.resolve("spool2");
        Files.createDirectories(spool);
        Files.write(spool.resolve("broken-1764300000000.wav"), new byte[0]);
        Path good = spool.resolve("good-1764300000001.wav");
        try (WavWriter writer = new WavWriter(good, new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000))) {
            writer.write(new short[1600]);
        }

        List<ArchivedRecording> taken = new Archiver(new Spool(spool, Instant.now()), store, catalog, chain,
                c -> CallFacts.unknown()).archiveReady();

        assertThat(taken).extracting(ArchivedRecording::id).containsExactly("good-1764300000001");
        assertThat(spool.resolve("broken-1764300000000.wav.unrepairable")).exists();
    }
}
