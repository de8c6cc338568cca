package pl.infolinia.server.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.archive.RecordingCatalog;
import pl.infolinia.recording.storage.RecordingStore;
import pl.infolinia.telephony.media.AudioEncoding;
import pl.infolinia.telephony.media.WavFormat;
import pl.infolinia.telephony.media.WavWriter;

/**
 * Puts a recorded call into the archive as the archive job would: a real stereo WAV (a 1 kHz tone)
 * in the configured store, its SHA-256 and a catalogue entry with the call's facts.
 */
final class RecordedCalls {

    private final RecordingStore store;
    private final RecordingCatalog catalog;
    private final Path dir;

    RecordedCalls(RecordingStore store, RecordingCatalog catalog, Path dir) {
        this.store = store;
        this.catalog = catalog;
        this.dir = dir;
    }

    ArchivedRecording archive(String office, String queue, String consultant, String caller, Instant started,
            Duration length) {
        String id = "quality" + UUID.randomUUID().toString().substring(0, 8) + "-" + started.toEpochMilli();
        Path file = dir.resolve(id + ".wav");
        try (WavWriter writer = new WavWriter(file, new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000))) {
            short[] tone = new short[(int) (length.toMillis() * 16)];
            for (int i = 0; i < tone.length; i++) {
                tone[i] = (short) (6000 * Math.sin(2 * Math.PI * 1000 * (i / 2) / 8000.0));
            }
            writer.write(tone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String key = "test/" + id + ".wav";
            store.put(key, file);
            ArchivedRecording recording = new ArchivedRecording(id, "c-" + id, started, length,
                    new CallFacts(Optional.of(office), Optional.ofNullable(queue), Optional.of(consultant),
                            Optional.of(caller), Optional.of("dowód osobisty"), Optional.empty()),
                    List.of(), false, key, Archiver.sha256(file));
            catalog.add(recording);
            return recording;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
