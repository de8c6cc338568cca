package pl.infolinia.server.prompt;

import java.util.List;

/**
 * An uploaded file that cannot be a prompt, with the message that says what was found and what is
 * needed: {@code key} names it in the messages, {@code args} fill it in.
 */
final class UnsuitableRecording extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    UnsuitableRecording(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    String key() {
        return key;
    }

    List<Object> args() {
        return args;
    }
}
