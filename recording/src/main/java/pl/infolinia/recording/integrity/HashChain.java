package pl.infolinia.recording.integrity;

import java.util.List;

/**
 * The append-only chain of finished recordings' hashes; the server keeps it in the database.
 * Appends are serialised by the implementation, each linked to the last entry.
 */
public interface HashChain {

    /** Links a recording's hash after the last entry; a recording already in the chain is not linked twice. */
    ChainEntry append(String recordingId, String sha256);

    /** Every entry, in sequence order. */
    List<ChainEntry> entries();
}
