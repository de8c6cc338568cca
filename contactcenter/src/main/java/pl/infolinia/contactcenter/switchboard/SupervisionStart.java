package pl.infolinia.contactcenter.switchboard;

/** What came of a supervisor's request to join a call. */
public enum SupervisionStart {
    /** The supervisor's phone is ringing; it joins the call when answered. */
    RINGING,
    /** The contact is no live call with a consultant on it now. */
    NO_CONVERSATION,
    /** The supervisor has no registered phone to ring. */
    NO_PHONE
}
