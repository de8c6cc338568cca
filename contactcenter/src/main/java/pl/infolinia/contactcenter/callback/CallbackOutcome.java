package pl.infolinia.contactcenter.callback;

/** How one dial-out to a citizen ended. */
public enum CallbackOutcome {
    /** The citizen answered and is talking to the agent. */
    CONNECTED,
    NO_ANSWER,
    BUSY,
    /** The trunk refused or the number does not exist; retrying will not help. */
    FAILED
}
