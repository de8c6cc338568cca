package pl.infolinia.recording.quality;

import java.util.List;
import java.util.Objects;

/**
 * An evaluation or form that breaks a rule (a score out of range, no criteria, a comment past the
 * call's end). The message is for logs and the API; {@link #code()} and {@link #arguments()} let a
 * page say the same in the reader's language.
 */
public final class InvalidEvaluation extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    public InvalidEvaluation(String code, String message, Object... arguments) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = List.of(arguments);
    }

    /** Which rule, e.g. {@code score.range}. */
    public String code() {
        return code;
    }

    /** The values the message names, in the order a translation numbers them. */
    public List<Object> arguments() {
        return arguments;
    }
}
