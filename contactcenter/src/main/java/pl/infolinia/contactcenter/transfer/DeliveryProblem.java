package pl.infolinia.contactcenter.transfer;

/** Why a call could not be handed to an office's destination. */
public enum DeliveryProblem {
    BUSY,
    NO_ANSWER,
    /** Outside the office's hours, by its calendar: not even tried. */
    CLOSED
}
