package pl.infolinia.contactcenter.contact;

/** What the consultant says came of a contact, in the wrap-up. */
public enum WrapUpOutcome {
    /** The consultant answered the citizen's question. */
    ANSWERED,
    /** The citizen was sent on to an office (which one: the classification's office). */
    TRANSFERRED_TO_OFFICE,
    /** Someone has to call the citizen back. */
    CALLBACK_NEEDED,
    /** Anything else; the notes say what. */
    OTHER
}
