package pl.infolinia.recording.retention;

/** A recording under legal hold cannot be deleted, not even on a data subject's request. */
public final class UnderLegalHold extends RuntimeException {

    public UnderLegalHold(String id) {
        super("recording " + id + " is under legal hold; lift the hold before deleting it");
    }
}
