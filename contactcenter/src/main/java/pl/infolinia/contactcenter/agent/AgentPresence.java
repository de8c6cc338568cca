package pl.infolinia.contactcenter.agent;

/**
 * What a consultant chose: to take calls, to pause, or to be away.
 *
 * <p>Independent of {@link AgentActivity}, what the system is doing with them: an agent may be
 * ON_BREAK while still ON_CALL, finishing the call they had when they asked for the break.
 */
public enum AgentPresence {
    AVAILABLE,
    ON_BREAK,
    LOGGED_OUT
}
