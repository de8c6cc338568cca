package pl.infolinia.server.desk;

import java.time.Instant;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.agent.AgentState;

/**
 * The consultant's state as the desk shows it: on the floor or not (their phone registered),
 * presence, activity, the reason of a break and since when.
 */
public record DeskState(boolean onFloor, AgentPresence presence, AgentActivity activity, String breakReason, Instant since) {

    static DeskState offTheFloor(Instant now) {
        return new DeskState(false, AgentPresence.LOGGED_OUT, AgentActivity.IDLE, "", now);
    }

    static DeskState of(AgentState state, Instant since) {
        return new DeskState(true, state.presence(), state.activity(), state.breakReason(), since);
    }

    /** The message key of the state, e.g. {@code desk.state.ON_CALL}: activity while busy, else presence. */
    public String key() {
        return "desk.state." + (activity == AgentActivity.IDLE ? presence.name() : activity.name());
    }

    public long sinceMillis() {
        return since.toEpochMilli();
    }
}
