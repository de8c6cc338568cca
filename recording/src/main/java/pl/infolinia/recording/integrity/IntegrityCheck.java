package pl.infolinia.recording.integrity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.RecordingCatalog;
import pl.infolinia.recording.integrity.Finding.Kind;
import pl.infolinia.recording.storage.MissingRecording;
import pl.infolinia.recording.storage.RecordingStore;

/**
 * Checks the archive against its chain: every link's hash and its tie to the one before, then
 * every kept recording's file, hashed again and compared with the hash chained when it was
 * archived. Names every file that was altered or removed.
 */
public final class IntegrityCheck {

    private final RecordingCatalog catalog;
    private final HashChain chain;
    private final RecordingStore store;

    public IntegrityCheck(RecordingCatalog catalog, HashChain chain, RecordingStore store) {
        this.catalog = catalog;
        this.chain = chain;
        this.store = store;
    }

    public IntegrityReport run() {
        List<Finding> findings = new ArrayList<>();
        List<ChainEntry> entries = chain.entries();
        Map<String, ChainEntry> chained = checkLinks(entries, findings);
        List<ArchivedRecording> kept = catalog.kept();
        for (ArchivedRecording recording : kept) {
            ChainEntry entry = chained.get(recording.id());
            if (entry == null || !entry.sha256().equals(recording.sha256())) {
                findings.add(new Finding(Kind.UNCHAINED, recording.id(), "the catalogue's hash is not the chained one"));
            }
            checkFile(recording, entry == null ? recording.sha256() : entry.sha256(), findings);
        }
        return new IntegrityReport(kept.size(), entries.size(), findings);
    }

    private static Map<String, ChainEntry> checkLinks(List<ChainEntry> entries, List<Finding> findings) {
        Map<String, ChainEntry> chained = new HashMap<>();
        String previous = ChainEntry.GENESIS;
        for (ChainEntry entry : entries) {
            if (!entry.intact()) {
                findings.add(new Finding(Kind.CHAIN_BROKEN, entry.recordingId(),
                        "entry " + entry.sequence() + " does not hash to its stored hash"));
            } else if (!entry.previousHash().equals(previous)) {
                findings.add(new Finding(Kind.CHAIN_BROKEN, entry.recordingId(),
                        "entry " + entry.sequence() + " does not follow the entry before it"));
            }
            previous = entry.hash();
            chained.put(entry.recordingId(), entry);
        }
        return chained;
    }

    private void checkFile(ArchivedRecording recording, String expected, List<Finding> findings) {
        try {
            String actual = Archiver.sha256(store.read(recording.storageKey()));
            if (!actual.equals(expected)) {
                findings.add(new Finding(Kind.ALTERED, recording.id(),
                        recording.storageKey() + " has SHA-256 " + actual + ", chained " + expected));
            }
        } catch (MissingRecording e) {
            findings.add(new Finding(Kind.REMOVED, recording.id(), recording.storageKey() + " is not in the store"));
        } catch (IOException e) {
            findings.add(new Finding(Kind.ALTERED, recording.id(), e.getMessage()));
        }
    }
}
