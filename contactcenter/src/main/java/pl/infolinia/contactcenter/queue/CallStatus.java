package pl.infolinia.contactcenter.queue;

/** Where a call stands in the ACD. */
public enum CallStatus {
    /** In line, not offered to anyone right now. */
    WAITING,
    /** Offered: one agent's phone rings (several for ring-all). */
    RINGING,
    /** An agent answered; the call stays with the ACD until it ends. */
    CONNECTED
}
