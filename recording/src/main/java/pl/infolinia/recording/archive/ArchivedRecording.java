package pl.infolinia.recording.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import pl.infolinia.recording.spool.Pause;

/**
 * A recording as the archive keeps it: whose call, where it is stored and its SHA-256.
 *
 * @param interrupted the process died during the call; the file holds the call up to the crash
 * @param pauses      stretches held silent at the consultant's request
 */
public record ArchivedRecording(String id, String contact, Instant started, Duration duration, CallFacts facts,
        List<Pause> pauses, boolean interrupted, String storageKey, String sha256) {

    public ArchivedRecording {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(facts, "facts");
        pauses = List.copyOf(pauses);
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(sha256, "sha256");
    }
}
