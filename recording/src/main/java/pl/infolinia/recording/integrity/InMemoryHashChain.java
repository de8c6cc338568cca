package pl.infolinia.recording.integrity;

import java.util.ArrayList;
import java.util.List;

/** The hash chain in memory, for tests and tools that need no database. */
public final class InMemoryHashChain implements HashChain {

    private final List<ChainEntry> entries = new ArrayList<>();

    @Override
    public synchronized ChainEntry append(String recordingId, String sha256) {
        for (ChainEntry entry : entries) {
            if (entry.recordingId().equals(recordingId)) {
                return entry;
            }
        }
        String previous = entries.isEmpty() ? ChainEntry.GENESIS : entries.getLast().hash();
        ChainEntry entry = ChainEntry.link(entries.size() + 1, recordingId, sha256, previous);
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized List<ChainEntry> entries() {
        return List.copyOf(entries);
    }

    /** Replaces an entry as someone editing the database would, for tests of the check. */
    public synchronized void tamper(int index, ChainEntry forged) {
        entries.set(index, forged);
    }
}
