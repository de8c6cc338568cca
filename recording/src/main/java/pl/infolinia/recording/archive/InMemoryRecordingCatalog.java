package pl.infolinia.recording.archive;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A catalogue in memory, for tests and tools that need no database. */
public final class InMemoryRecordingCatalog implements RecordingCatalog {

    private final Map<String, ArchivedRecording> recordings = new ConcurrentSkipListMap<>();

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
        return List.copyOf(recordings.values());
    }
}
