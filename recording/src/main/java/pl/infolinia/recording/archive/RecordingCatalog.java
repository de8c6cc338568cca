package pl.infolinia.recording.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The archive's metadata: one row per recording, written once the file is stored. */
public interface RecordingCatalog {

    /** Adds a recording; a second add of the same id is ignored (the spool is retried after a crash). */
    void add(ArchivedRecording recording);

    /** A recording, kept or deleted. */
    Optional<ArchivedRecording> find(String id);

    /** Every recording whose file should be in the store (not deleted by retention or request). */
    List<ArchivedRecording> kept();

    /** Kept recordings of an office that started before {@code before}, oldest first. */
    List<ArchivedRecording> keptBefore(String office, Instant before);

    /** Whether deleting the recording is blocked by a legal hold. */
    boolean onLegalHold(String id);

    /** Places or lifts a legal hold. */
    void legalHold(String id, boolean held);

    /** Records that the recording's file was deleted, and why; its metadata stays for the audit. */
    void markDeleted(String id, Instant at, String reason);
}
