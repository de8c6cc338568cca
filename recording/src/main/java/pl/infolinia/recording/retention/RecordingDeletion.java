package pl.infolinia.recording.retention;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.RecordingCatalog;
import pl.infolinia.recording.storage.RecordingStore;

/**
 * Deletes recordings' files, never one under legal hold: those past their office's retention
 * (the nightly job), and one named in a data subject's request. The metadata row stays, marked
 * deleted with the reason, so the audit and the integrity chain still account for it. Each
 * deletion is told on, so that what else is kept about the call's content can go with it.
 */
public final class RecordingDeletion {

    private final RecordingCatalog catalog;
    private final RecordingStore store;
    private final Consumer<Deletion> deleted;

    /** @param deleted told of each recording deleted, after its file is gone and its row marked */
    public RecordingDeletion(RecordingCatalog catalog, RecordingStore store, Consumer<Deletion> deleted) {
        this.catalog = catalog;
        this.store = store;
        this.deleted = deleted;
    }

    /**
     * Deletes every recording older than its office's retention, skipping those on hold.
     *
     * @param retentionDays days each office keeps recordings; offices not named keep them
     */
    public List<Deletion> deleteExpired(Map<String, Integer> retentionDays, Instant now) throws IOException {
        List<Deletion> deleted = new ArrayList<>();
        for (Map.Entry<String, Integer> office : retentionDays.entrySet()) {
            Instant cutoff = now.minus(Duration.ofDays(office.getValue()));
            for (ArchivedRecording recording : catalog.keptBefore(office.getKey(), cutoff)) {
                if (!catalog.onLegalHold(recording.id())) {
                    deleted.add(delete(recording, now, "retention " + office.getValue() + " days"));
                }
            }
        }
        return deleted;
    }

    /** Deletes one recording on request (e.g. a data subject's); refused under legal hold. */
    public Deletion erase(ArchivedRecording recording, String reason, Instant now) throws IOException {
        if (catalog.onLegalHold(recording.id())) {
            throw new UnderLegalHold(recording.id());
        }
        return delete(recording, now, reason);
    }

    private Deletion delete(ArchivedRecording recording, Instant now, String reason) throws IOException {
        store.delete(recording.storageKey());
        catalog.markDeleted(recording.id(), now, reason);
        Deletion deletion = new Deletion(recording.id(), recording.facts().office().orElse(""), reason);
        deleted.accept(deletion);
        return deletion;
    }
}
