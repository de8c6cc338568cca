package pl.infolinia.recording.integrity;

/** Something {@link IntegrityCheck} found wrong, naming the recording. */
public record Finding(Kind kind, String recordingId, String detail) {

    /** What is wrong. */
    public enum Kind {
        /** The stored file's SHA-256 differs from the one chained when it was archived. */
        ALTERED,
        /** The catalogue keeps the recording but the store has no file for it. */
        REMOVED,
        /** A chain entry's hash or its link to the previous entry does not hold. */
        CHAIN_BROKEN,
        /** A catalogued recording has no chain entry, or its entry's hash differs from the catalogue's. */
        UNCHAINED
    }

    @Override
    public String toString() {
        return kind + " " + recordingId + ": " + detail;
    }
}
