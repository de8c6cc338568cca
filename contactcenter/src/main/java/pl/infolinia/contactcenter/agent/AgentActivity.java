package pl.infolinia.contactcenter.agent;

/** What the contact centre is doing with a consultant right now, whatever they chose. */
public enum AgentActivity {
    /** No call: may be offered one if {@link AgentPresence#AVAILABLE}. */
    IDLE,
    /** A call is being offered and their phone rings. */
    RINGING,
    ON_CALL,
    /** After a call, the queue's wrap-up time for notes before the next one. */
    WRAP_UP
}
