package pl.infolinia.telephony;

/**
 * A dialled call did not come up: the user has no phone registered, was busy, declined, or did
 * not answer in time.
 */
public final class CallNotAnswered extends RuntimeException {

    private final int status;

    /** @param status the SIP final status (486 busy, 603 declined, 408 no answer, 404 unknown) */
    public CallNotAnswered(String user, int status, String reason) {
        super("call to " + user + " not answered: " + status + " " + reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
