package pl.infolinia.contactcenter.transfer;

/** Where an attended transfer stands. */
public enum ConsultationState {
    /** The consultant talks to the target; the caller holds. */
    CONSULTING,
    /** The call went to the target. */
    COMPLETED,
    /** The consultant took the caller back; nothing was transferred. */
    RETURNED
}
