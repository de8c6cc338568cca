package pl.infolinia.contactcenter.agent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A consultant's state at one moment, as the wallboard shows it: presence, activity, the reason
 * of a break, since when idle (what longest-idle routing compares), and the contact in hand.
 */
public record AgentState(AgentId id, AgentPresence presence, AgentActivity activity, String breakReason,
        Instant idleSince, Optional<String> contact) {

    public AgentState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(activity, "activity");
        breakReason = breakReason == null ? "" : breakReason;
        Objects.requireNonNull(idleSince, "idleSince");
        Objects.requireNonNull(contact, "contact");
    }

    /** Whether a new call may be offered: they chose to take calls and have none. */
    public boolean canTakeCall() {
        return presence == AgentPresence.AVAILABLE && activity == AgentActivity.IDLE;
    }
}
