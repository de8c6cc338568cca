package pl.infolinia.recording.quality;

import java.util.Optional;

/** Whose average: each consultant's, each queue's or each office's. */
public enum Grouping {
    CONSULTANT, QUEUE, OFFICE;

    /** The group the call belongs to; a call that came through no queue has no queue group. */
    Optional<String> of(EvaluatedCall call) {
        return switch (this) {
            case CONSULTANT -> Optional.of(call.consultant());
            case QUEUE -> call.queue();
            case OFFICE -> Optional.of(call.office());
        };
    }
}
