package pl.infolinia.recording.spool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.archive.InMemoryRecordingCatalog;
import pl.infolinia.recording.integrity.InMemoryHashChain;
import pl.infolinia.recording.integrity.IntegrityCheck;
import pl.infolinia.recording.storage.LocalFileStore;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavReader;
import pl.infolinia.telephony.testkit.Signal;

/**
 * kill -9 of a process in the middle of recorded calls: at the next start every recording is
 * repaired, archived as interrupted, playable to within a second of the kill, with both tones
 * in their channels, and chained.
 */
class CrashRecoveryIT {

    private static final int CALLS = 8;

    @TempDir
    Path dir;

    @Test
    void everyCallRecordedWhenTheProcessWasKilledIsRepairedAndArchived() throws Exception {
        Path spoolFolder = dir.resolve("spool");
        Process victim = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashedRecorder.class.getName(),
                spoolFolder.toString(), String.valueOf(CALLS))
                .redirectError(dir.resolve("victim.err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream()))) {
            assertThat(out.readLine()).as("the victim's output; errors in " + dir.resolve("victim.err"))
                    .isEqualTo("recording");
        }
        victim.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(victim.exitValue()).isEqualTo(137);

        InMemoryRecordingCatalog catalog = new InMemoryRecordingCatalog();
        InMemoryHashChain chain = new InMemoryHashChain();
        LocalFileStore store = new LocalFileStore(dir.resolve("archive"));
        Archiver archiver = new Archiver(new Spool(spoolFolder, Instant.now()), store, catalog, chain,
                contact -> CallFacts.unknown());

        List<ArchivedRecording> archived = archiver.archiveReady();

        assertThat(archived).hasSize(CALLS).allMatch(ArchivedRecording::interrupted);
        assertThat(Files.list(spoolFolder).toList()).isEmpty();
        for (ArchivedRecording recording : archived) {
            WavAudio audio = WavReader.read(store.resolve(recording.storageKey()));
            assertThat(audio.format().channels()).isEqualTo(2);
            assertThat(audio.duration()).isEqualTo(recording.duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
            assertThat(Signal.dominantFrequency(audio.channel(0), 8000)).isBetween(430.0, 450.0);
            assertThat(Signal.dominantFrequency(audio.channel(1), 8000)).isBetween(990.0, 1010.0);
            assertThat(Files.size(store.resolve(recording.storageKey()))).isEqualTo(44 + audio.frames() * 4L);
        }
        assertThat(new IntegrityCheck(catalog, chain, store).run().intact()).isTrue();
        System.out.printf("kill -9 during %d recorded calls: %d archived, %s..%s of audio each%n", CALLS,
                archived.size(), archived.stream().map(ArchivedRecording::duration).min(Duration::compareTo).orElseThrow(),
                archived.stream().map(ArchivedRecording::duration).max(Duration::compareTo).orElseThrow());
    }
}
