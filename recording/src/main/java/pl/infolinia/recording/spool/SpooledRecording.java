package pl.infolinia.recording.spool;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * One recording in the switchboard's spool folder: {@code <contact>-<startMillis>.wav}, finished
 * if the switchboard's note ({@code .wav.done}) is beside it, else left by a crash.
 *
 * @param id      the file name without {@code .wav}: the recording's id in the archive
 * @param office  from the note; empty for a recording left by a crash
 * @param pauses  from the note; a crashed recording's pauses are only in the contact's events
 */
public record SpooledRecording(Path file, String id, String contact, Instant started, Optional<String> office,
        List<Pause> pauses, boolean finished) {

    /** Reads a spooled WAV and its note, if any. */
    public static SpooledRecording of(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!name.endsWith(".wav")) {
            throw new IllegalArgumentException("not a spooled recording: " + file);
        }
        String id = name.substring(0, name.length() - ".wav".length());
        int dash = id.lastIndexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("a spooled recording is <contact>-<startMillis>.wav, not " + name);
        }
        String contact = id.substring(0, dash);
        Instant started = Instant.ofEpochMilli(Long.parseLong(id.substring(dash + 1)));
        Path note = note(file);
        if (!Files.exists(note)) {
            return new SpooledRecording(file, id, contact, started, Optional.empty(), List.of(), false);
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(note, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String pauses = properties.getProperty("pauses", "");
        return new SpooledRecording(file, id, properties.getProperty("contact", contact), started,
                Optional.ofNullable(properties.getProperty("office")),
                pauses.isBlank() ? List.of() : Arrays.stream(pauses.split(",")).map(Pause::parse).toList(), true);
    }

    /** Removes the file and its note from the spool once the archive holds it. */
    public void remove() throws IOException {
        Files.deleteIfExists(note(file));
        Files.deleteIfExists(file);
    }

    private static Path note(Path file) {
        return file.resolveSibling(file.getFileName() + ".done");
    }
}
