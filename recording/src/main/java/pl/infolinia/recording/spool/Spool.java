package pl.infolinia.recording.spool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder the switchboard records into, seen by the archive: which recordings are ready to
 * take. A finished recording (with its note) is ready at once; one without a note is ready only
 * if it was last written before this process started, so it was left by a crash and not by a call
 * going on now.
 */
public final class Spool {

    private final Path folder;
    private final Instant processStarted;

    public Spool(Path folder, Instant processStarted) {
        this.folder = folder;
        this.processStarted = processStarted;
    }

    public Path folder() {
        return folder;
    }

    /** Recordings ready for the archive, oldest first. */
    public List<SpooledRecording> ready() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<SpooledRecording> ready = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".wav")).sorted().toList()) {
                SpooledRecording recording = SpooledRecording.of(file);
                if (recording.finished() || leftByCrash(file)) {
                    ready.add(recording);
                }
            }
        }
        return ready;
    }

    private boolean leftByCrash(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().isBefore(processStarted);
    }
}
