package pl.infolinia.server.recordingpolicy;

import java.util.List;

/** A recording policy that was not stored, with every reason; nothing changed. Answered 400 or 409. */
final class InvalidPolicy extends RuntimeException {

    private final transient List<String> problems;
    private final boolean conflict;

    private InvalidPolicy(String message, List<String> problems, boolean conflict) {
        super(message);
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    /** The request itself is wrong: a missing field, an unknown mode or queue. */
    static InvalidPolicy badRequest(List<String> problems) {
        return new InvalidPolicy("The recording policy was not saved: " + String.join("; ", problems)
                + ". Nothing changed.", problems, false);
    }

    /** The policy is well formed but a published IVR flow would break it. */
    static InvalidPolicy conflictsWithFlows(List<String> problems) {
        return new InvalidPolicy("The recording policy was not saved: a published IVR flow would let callers reach a"
                + " recorded queue without the recording notice. Publish a flow that plays it first. Nothing changed.",
                problems, true);
    }

    List<String> problems() {
        return problems;
    }

    boolean conflict() {
        return conflict;
    }
}
