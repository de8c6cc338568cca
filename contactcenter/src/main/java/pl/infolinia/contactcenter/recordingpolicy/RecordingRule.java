package pl.infolinia.contactcenter.recordingpolicy;

import java.util.Objects;

/**
 * What applies to one answered call: its recording mode and whether its consultant may pause the
 * recording while the citizen gives sensitive data.
 */
public record RecordingRule(RecordingMode mode, boolean pauseAllowed) {

    /** Nothing is recorded (the master switch is off, or the policy says NONE). */
    public static final RecordingRule NOT_RECORDED = new RecordingRule(RecordingMode.NONE, false);

    public RecordingRule {
        Objects.requireNonNull(mode, "mode");
    }
}
