package pl.infolinia.recording.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The call an evaluation is about, as the archive knew it when it was scored: its recording and
 * contact (whose events tell the rest of the call), whose
 * call it was and in which office and queue. Kept with the evaluation, so that averages stay put when
 * a consultant later moves to another queue.
 */
public record EvaluatedCall(String recording, String contact, String office, Optional<String> queue, String consultant,
        Instant started, Duration duration) {

    public EvaluatedCall {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(consultant, "consultant");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
    }
}
