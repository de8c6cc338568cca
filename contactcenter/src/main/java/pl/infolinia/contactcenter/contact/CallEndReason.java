package pl.infolinia.contactcenter.contact;

/** Why a call ended, as reports group it. */
public enum CallEndReason {
    CALLER_HUNG_UP,
    AGENT_HUNG_UP,
    /** The IVR ended it: a closed message, a left message, or a hang-up node. */
    FLOW_HUNG_UP,
    /** It left Infolinia for an office's own number. */
    TRANSFERRED_OUT,
    FAILED
}
