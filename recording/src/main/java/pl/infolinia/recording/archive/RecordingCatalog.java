package pl.infolinia.recording.archive;

import java.util.List;
import java.util.Optional;

/** The archive's metadata: one row per recording, written once the file is stored. */
public interface RecordingCatalog {

    /** Adds a recording; a second add of the same id is ignored (the spool is retried after a crash). */
    void add(ArchivedRecording recording);

    Optional<ArchivedRecording> find(String id);

    /** Every recording whose file should be in the store (not deleted by retention or request). */
    List<ArchivedRecording> kept();
}
