package pl.infolinia.server.supervisor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one wallboard shows at one moment: its queues' figures and its consultants' states, each
 * figure with its {@link Level} against the office's thresholds.
 */
public record WallboardView(List<QueueRow> queues, List<ConsultantRow> consultants) {

    /**
     * A queue's line: calls waiting now and since when the longest has waited (empty: none), and
     * today's answered, abandoned and service level.
     */
    public record QueueRow(String queue, String office, int waiting, Level waitingLevel, Optional<Instant> longestSince,
            Level longestLevel, int answered, int abandoned, OptionalInt serviceLevel, Level serviceLevelLevel) {
    }

    /**
     * A consultant's line: their state (AVAILABLE, RINGING, ON_CALL, WRAP_UP, ON_BREAK, LOGGED_OUT)
     * since when, a break's reason, and the call in hand (contact, caller's number, queue).
     */
    public record ConsultantRow(String username, String name, String office, String state, String reason,
            Instant since, Optional<CurrentCall> call) {
    }

    /** The call a consultant has: its contact, the citizen's number and the queue (the topic). */
    public record CurrentCall(String contact, String caller, String queue, boolean talking) {
    }
}
