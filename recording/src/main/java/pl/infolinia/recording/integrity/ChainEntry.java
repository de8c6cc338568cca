package pl.infolinia.recording.integrity;

import java.nio.charset.StandardCharsets;
import pl.infolinia.recording.archive.Archiver;

/**
 * One link of the integrity chain: a recording's SHA-256 and the previous link's hash, hashed
 * together, so that changing or removing any entry breaks every link after it.
 *
 * @param hash SHA-256 of {@code sequence|recordingId|sha256|previousHash}
 */
public record ChainEntry(long sequence, String recordingId, String sha256, String previousHash, String hash) {

    /** The previous hash of the first link. */
    public static final String GENESIS = "0".repeat(64);

    /** The link that follows {@code previousHash} for a recording. */
    public static ChainEntry link(long sequence, String recordingId, String sha256, String previousHash) {
        return new ChainEntry(sequence, recordingId, sha256, previousHash,
                hashOf(sequence, recordingId, sha256, previousHash));
    }

    /** Whether the stored hash is what the entry's fields give. */
    public boolean intact() {
        return hash.equals(hashOf(sequence, recordingId, sha256, previousHash));
    }

    private static String hashOf(long sequence, String recordingId, String sha256, String previousHash) {
        String text = sequence + "|" + recordingId + "|" + sha256 + "|" + previousHash;
        return Archiver.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
