package pl.infolinia.recording.archive;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A catalogue in memory, for tests and tools that need no database. */
public final class InMemoryRecordingCatalog implements RecordingCatalog {

    private final Map<String, ArchivedRecording> recordings = new ConcurrentSkipListMap<>();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final Map<String, String> deleted = new ConcurrentHashMap<>();

    @Override
    public void add(ArchivedRecording recording) {
        recordings.putIfAbsent(recording.id(), recording);
    }

    @Override
    public Optional<ArchivedRecording> find(String id) {
        return Optional.ofNullable(recordings.get(id));
    }

    @Override
    public List<ArchivedRecording> kept() {
        return recordings.values().stream().filter(r -> !deleted.containsKey(r.id())).toList();
    }

    @Override
    public List<ArchivedRecording> keptBefore(String office, Instant before) {
        return kept().stream().filter(r -> r.facts().office().equals(Optional.of(office)))
                .filter(r -> r.started().isBefore(before)).sorted(Comparator.comparing(ArchivedRecording::started))
                .toList();
    }

    @Override
    public boolean onLegalHold(String id) {
        return held.contains(id);
    }

    @Override
    public void legalHold(String id, boolean hold) {
        if (hold) {
            held.add(id);
        } else {
            held.remove(id);
        }
    }

    @Override
    public void markDeleted(String id, Instant at, String reason) {
        deleted.put(id, reason);
    }

    /** Why a recording was deleted, empty if it is kept. */
    public Optional<String> deletion(String id) {
        return Optional.ofNullable(deleted.get(id));
    }
}
