package pl.infolinia.recording.quality;

/** An evaluation or form that breaks a rule (a score out of range, no criteria, a comment past the call's end). */
public final class InvalidEvaluation extends RuntimeException {

    public InvalidEvaluation(String message) {
        super(message);
    }
}
