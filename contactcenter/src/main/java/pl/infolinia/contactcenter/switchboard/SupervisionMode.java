package pl.infolinia.contactcenter.switchboard;

/** How a supervisor's phone joins a consultant's call. */
public enum SupervisionMode {
    /** The supervisor hears both the citizen and the consultant; nobody hears the supervisor. */
    LISTEN,
    /** The supervisor hears both and is heard by the consultant only (coaching). */
    WHISPER,
    /** The supervisor joins the conversation: everybody hears everybody. */
    BARGE
}
