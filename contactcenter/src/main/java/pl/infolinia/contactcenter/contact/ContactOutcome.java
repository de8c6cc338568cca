package pl.infolinia.contactcenter.contact;

/** How a contact ended as the contact list shows it; the latest deciding event wins. */
public enum ContactOutcome {
    /** No end yet: in the IVR, waiting, or talking. */
    IN_PROGRESS,
    /** A consultant answered and the call has ended. */
    ANSWERED,
    /** The caller hung up while waiting for a consultant. */
    ABANDONED,
    /** It left Infolinia for an office. */
    TRANSFERRED_OUT,
    /** The citizen asked to be called back. */
    CALLBACK,
    /** The caller left a message. */
    MESSAGE,
    /** It ended in the IVR without reaching a queue, e.g. outside hours. */
    ENDED_IN_IVR
}
