package pl.infolinia.contactcenter.transfer;

/** Whether the consultant speaks to the target first. */
public enum TransferMode {
    /** The call goes at once; the consultant is free. */
    BLIND,
    /** The consultant consults the target while the caller holds, then completes or returns. */
    ATTENDED
}
