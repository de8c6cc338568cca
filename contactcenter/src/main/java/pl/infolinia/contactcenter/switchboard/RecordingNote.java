package pl.infolinia.contactcenter.switchboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * What the archive needs to know of a finished recording, written beside it as
 * {@code <file>.done}: a properties file with {@code contact}, {@code office}, {@code started},
 * {@code ended} (ISO instants) and {@code pauses} (comma-separated {@code fromMs-toMs} offsets
 * into the recording). The note appears atomically, so its presence means the WAV is complete.
 */
final class RecordingNote {

    private final ContactId contact;
    private final OfficeCode office;
    private final Instant started;
    private final List<long[]> pauses = new ArrayList<>();
    private Instant pausedAt;

    RecordingNote(ContactId contact, OfficeCode office, Instant started) {
        this.contact = contact;
        this.office = office;
        this.started = started;
    }

    Instant started() {
        return started;
    }

    /** Marks a pause; false if already paused. */
    synchronized boolean pause(Instant at) {
        if (pausedAt != null) {
            return false;
        }
        pausedAt = at;
        return true;
    }

    /** Ends a pause; false if not paused. */
    synchronized boolean resume(Instant at) {
        if (pausedAt == null) {
            return false;
        }
        pauses.add(new long[] {offset(pausedAt), offset(at)});
        pausedAt = null;
        return true;
    }

    synchronized void writeBeside(Path recording, Instant ended) {
        if (pausedAt != null) {
            resume(ended); // paused until the end
        }
        Properties note = new Properties();
        note.setProperty("contact", contact.value());
        note.setProperty("office", office.value());
        note.setProperty("started", started.toString());
        note.setProperty("ended", ended.toString());
        note.setProperty("pauses", pauses.stream().map(p -> p[0] + "-" + p[1]).collect(Collectors.joining(",")));
        Path done = recording.resolveSibling(recording.getFileName() + ".done");
        Path partial = recording.resolveSibling(recording.getFileName() + ".done.tmp");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                note.store(out, null);
            }
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot note the finished recording " + recording, e);
        }
    }

    private long offset(Instant at) {
        return Math.max(0, Duration.between(started, at).toMillis());
    }
}
