package pl.infolinia.recording.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.archive.InMemoryRecordingCatalog;
import pl.infolinia.recording.integrity.InMemoryHashChain;
import pl.infolinia.recording.spool.Spool;
import pl.infolinia.recording.storage.LocalFileStore;
import pl.infolinia.telephony.media.WavRecorder;

/**
 * Benchmark, not a test (surefire and failsafe skip the name; run with
 * {@code mvn -pl recording test -Dtest=RecordingBench}): how fast the engine's recorder writes
 * calls (ticks fed as fast as it takes them, 100 one-minute calls at once), the disk bytes per
 * minute of call, and how many finished recordings the archive takes per second (hash, store,
 * chain, catalogue). Prints numbers, asserts nothing.
 */
class RecordingBench {

    private static final int CALLS = 100;
    private static final int TICKS = 3000; // one minute of 20 ms ticks

    @TempDir
    Path dir;

    @Test
    void recordAndArchive() throws Exception {
        Path spool = Files.createDirectories(dir.resolve("spool"));
        short[] frame = new short[160];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
        }
        List<WavRecorder> recorders = new ArrayList<>();
        long start = System.nanoTime();
        for (int call = 0; call < CALLS; call++) {
            recorders.add(new WavRecorder(spool.resolve("bench" + call + "-" + (1_764_300_000_000L + call) + ".wav")));
        }
        for (int tick = 0; tick < TICKS; tick++) {
            for (WavRecorder recorder : recorders) {
                recorder.write(frame, frame);
            }
        }
        for (WavRecorder recorder : recorders) {
            recorder.stop().get(5, TimeUnit.MINUTES);
            Files.writeString(recorder.file().resolveSibling(recorder.file().getFileName() + ".done"), "office=KPRM\n");
        }
        double recordSeconds = (System.nanoTime() - start) / 1e9;
        long bytesPerMinute = Files.size(recorders.getFirst().file());

        Archiver archiver = new Archiver(new Spool(spool, Instant.now()), new LocalFileStore(dir.resolve("archive")),
                new InMemoryRecordingCatalog(), new InMemoryHashChain(), contact -> CallFacts.unknown());
        long archiveStart = System.nanoTime();
        List<ArchivedRecording> archived = archiver.archiveReady();
        double archiveSeconds = (System.nanoTime() - archiveStart) / 1e9;

        System.out.printf("recorder: %d one-minute stereo calls written in %.2f s = %.0f call-minutes per second"
                + " (%.0f x real time)%n", CALLS, recordSeconds, CALLS / recordSeconds, CALLS * 60 / recordSeconds);
        System.out.printf("disk: %d bytes per minute of call (8 kHz, 16-bit, stereo PCM + 44-byte header)%n",
                bytesPerMinute);
        System.out.printf("archive: %d recordings (1 min each) hashed, stored, chained, catalogued in %.2f s ="
                + " %.1f recordings per second%n", archived.size(), archiveSeconds, archived.size() / archiveSeconds);
    }
}
