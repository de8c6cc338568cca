package pl.infolinia.recording.spool;

import java.time.Duration;

/** A stretch of a recording held silent at the consultant's request, as offsets from its start. */
public record Pause(Duration from, Duration to) {

    public Pause {
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("a pause ends before it starts: " + from + " > " + to);
        }
    }

    /** {@code fromMs-toMs}, as the switchboard's note and the catalogue write it. */
    public String text() {
        return from.toMillis() + "-" + to.toMillis();
    }

    public static Pause parse(String text) {
        int dash = text.indexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("a pause is fromMs-toMs, not '" + text + "'");
        }
        return new Pause(Duration.ofMillis(Long.parseLong(text.substring(0, dash).trim())),
                Duration.ofMillis(Long.parseLong(text.substring(dash + 1).trim())));
    }
}
