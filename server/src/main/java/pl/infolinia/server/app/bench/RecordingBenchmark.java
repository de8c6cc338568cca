package pl.infolinia.server.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.archive.InMemoryRecordingCatalog;
import pl.infolinia.recording.integrity.InMemoryHashChain;
import pl.infolinia.recording.spool.Spool;
import pl.infolinia.recording.storage.EncryptedStore;
import pl.infolinia.recording.storage.LocalFileStore;
import pl.infolinia.recording.storage.RecordingStore;
import pl.infolinia.telephony.media.WavRecorder;

/**
 * Records calls with the engine's own {@link WavRecorder} (20 ms stereo ticks fed as fast as it takes
 * them, all calls at once), then finalises them (the recorder's stop writes the WAV header) and
 * archives them as the archive job does (SHA-256, store with fsync, hash chain, catalogue; chain and
 * catalogue in memory here). Prints recordings finalised and archived per second and the disk bytes
 * per minute of call in the archive, for local files and for local files under AES-256-GCM.
 */
final class RecordingBenchmark {

    private static final int TICKS_PER_MINUTE = 3000;
    private static final int SAMPLES_PER_TICK = 160;

    private final PrintWriter out;
    private final int calls;
    private final int minutes;

    RecordingBenchmark(PrintWriter out, int calls, int minutes) {
        this.out = out;
        this.calls = calls;
        this.minutes = minutes;
    }

    void run(Path scratch) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        for (boolean encrypted : new boolean[] {false, true}) {
            Path dir = Files.createTempDirectory(scratch, encrypted ? "encrypted" : "local");
            try {
                runOnce(dir, encrypted);
            } finally {
                delete(dir);
            }
        }
    }

    private void runOnce(Path dir, boolean encrypted)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        String label = encrypted ? "local + AES-256-GCM" : "local";
        Path spool = Files.createDirectories(dir.resolve("spool"));
        Path archiveRoot = dir.resolve("archive");
        List<WavRecorder> recorders = new ArrayList<>();
        long epoch = System.currentTimeMillis() - 3_600_000L;
        for (int call = 0; call < calls; call++) {
            recorders.add(new WavRecorder(spool.resolve("bench" + call + "-" + (epoch + call) + ".wav")));
        }
        short[] frame = tone();
        long recordStart = System.nanoTime();
        for (int tick = 0; tick < TICKS_PER_MINUTE * minutes; tick++) {
            for (WavRecorder recorder : recorders) {
                recorder.write(frame, frame);
            }
        }
        long finaliseStart = System.nanoTime();
        for (WavRecorder recorder : recorders) {
            recorder.stop().get(10, TimeUnit.MINUTES);
            // the switchboard's note that the call ended normally: the spool's sign that it is ready
            Files.writeString(recorder.file().resolveSibling(recorder.file().getFileName() + ".done"), "office=KPRM\n");
        }
        long archiveStart = System.nanoTime();
        Archiver archiver = new Archiver(new Spool(spool, Instant.now()), store(archiveRoot, encrypted),
                new InMemoryRecordingCatalog(), new InMemoryHashChain(), contact -> CallFacts.unknown());
        List<ArchivedRecording> archived = archiver.archiveReady();
        long end = System.nanoTime();

        double recordSeconds = (finaliseStart - recordStart) / 1e9;
        double finaliseSeconds = (archiveStart - finaliseStart) / 1e9;
        double archiveSeconds = (end - archiveStart) / 1e9;
        long bytes = sizeOf(archiveRoot);
        double callMinutes = (double) archived.size() * minutes;
        out.printf(Locale.ROOT, "%s: %d calls of %d min handed to the recorders in %.2f s (%.0f call-minutes per second)%n", label, calls, minutes,
                recordSeconds, calls * minutes / recordSeconds);
        out.printf(Locale.ROOT, "%s: %d recordings finalised (queued audio written, header fixed) in %.2f s and archived in %.2f s = %.1f recordings written per second"
                + " (archive alone %.1f per second)%n", label, archived.size(), finaliseSeconds, archiveSeconds,
                archived.size() / (finaliseSeconds + archiveSeconds), archived.size() / archiveSeconds);
        out.printf(Locale.ROOT, "%s: %,d disk bytes per minute of call in the archive (8 kHz 16-bit stereo PCM)%n", label,
                Math.round(bytes / callMinutes));
        out.flush();
    }

    private static RecordingStore store(Path root, boolean encrypted) {
        LocalFileStore local = new LocalFileStore(root);
        if (!encrypted) {
            return local;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new EncryptedStore(local, "bench", Map.of("bench", key));
    }

    private static short[] tone() {
        short[] frame = new short[SAMPLES_PER_TICK];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
        }
        return frame;
    }

    private static long sizeOf(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
