package pl.infolinia.contactcenter.callback;

/** Where a callback request stands. */
public enum CallbackStatus {
    /** Waiting for its turn in the queue, or for its next retry. */
    PENDING,
    /** An attempt reached the citizen. */
    COMPLETED,
    /** Every allowed attempt failed, or the number cannot be dialled. */
    GAVE_UP
}
