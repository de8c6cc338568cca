package pl.infolinia.recording.quality;

import java.util.Objects;

/** A supervisor's remark about one moment of the call ("01:25 did not confirm the caller's address"). */
public record TimedComment(RecordingTime at, String text) {

    static final int MAX_TEXT = 1000;

    public TimedComment {
        Objects.requireNonNull(at, "at");
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new InvalidEvaluation("comment.text", "comment at " + at.text() + ": 1 to " + MAX_TEXT + " characters",
                    at.text(), MAX_TEXT);
        }
    }
}
