package pl.infolinia.telephony;

/** How a transfer asked for by a phone ended, as reported back to that phone. */
public enum TransferOutcome {
    /** The call was taken over by the transfer target. */
    SUCCEEDED(200, "OK"),
    /** The target could not be reached. */
    FAILED(503, "Service Unavailable"),
    /** The contact centre does not allow this target. */
    REFUSED(603, "Decline");

    private final int sipStatus;
    private final String reason;

    TransferOutcome(int sipStatus, String reason) {
        this.sipStatus = sipStatus;
        this.reason = reason;
    }

    public int sipStatus() {
        return sipStatus;
    }

    public String reason() {
        return reason;
    }
}
