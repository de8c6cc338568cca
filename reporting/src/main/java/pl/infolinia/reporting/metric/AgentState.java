package pl.infolinia.reporting.metric;

import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentPresence;

/**
 * What a consultant's time is counted as: what the system does with them first (ringing, on a
 * call, wrap-up), else what they chose (ready, break, logged out).
 */
public enum AgentState {
    READY,
    RINGING,
    ON_CALL,
    WRAP_UP,
    BREAK,
    LOGGED_OUT;

    static AgentState of(AgentPresence presence, AgentActivity activity) {
        return switch (activity) {
            case RINGING -> RINGING;
            case ON_CALL -> ON_CALL;
            case WRAP_UP -> WRAP_UP;
            case IDLE -> switch (presence) {
                case AVAILABLE -> READY;
                case ON_BREAK -> BREAK;
                case LOGGED_OUT -> LOGGED_OUT;
            };
        };
    }

    /** Time that counts as staffed: ready for calls or working on one (breaks are not). */
    boolean staffed() {
        return this == READY || this == RINGING || this == ON_CALL || this == WRAP_UP;
    }

    /** Time that counts as occupied: on a call or wrapping one up. */
    boolean occupied() {
        return this == ON_CALL || this == WRAP_UP;
    }
}
