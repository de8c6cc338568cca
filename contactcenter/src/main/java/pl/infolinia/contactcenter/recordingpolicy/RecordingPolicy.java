package pl.infolinia.contactcenter.recordingpolicy;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.QueueCode;

/**
 * One office's recording policy: the mode of its calls, a mode of its own for some queues, and
 * whether its consultants may pause a recording.
 *
 * @param mode         the office's default mode
 * @param pauseAllowed whether consultants may pause and resume a recording
 * @param queueModes   queues of the office whose mode differs from {@code mode}
 */
public record RecordingPolicy(RecordingMode mode, boolean pauseAllowed, Map<QueueCode, RecordingMode> queueModes) {

    /** An office that has set nothing: every call recorded, pauses allowed (as before policies existed). */
    public static final RecordingPolicy DEFAULT = new RecordingPolicy(RecordingMode.ALL, true, Map.of());

    public RecordingPolicy {
        Objects.requireNonNull(mode, "mode");
        queueModes = Map.copyOf(queueModes);
    }

    /** The queue's own mode if it has one, else the office's. */
    public RecordingMode modeFor(QueueCode queue) {
        return Optional.ofNullable(queue).map(queueModes::get).orElse(mode);
    }

    /** What applies to a call answered from {@code queue} (null: a call of the office outside any queue). */
    public RecordingRule ruleFor(QueueCode queue) {
        RecordingMode applied = modeFor(queue);
        return new RecordingRule(applied, applied.mayRecord() && pauseAllowed);
    }
}
