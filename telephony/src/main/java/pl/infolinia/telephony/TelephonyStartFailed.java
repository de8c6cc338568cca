package pl.infolinia.telephony;

/** The engine could not start, typically because its SIP port is taken or not allowed. */
public final class TelephonyStartFailed extends RuntimeException {

    public TelephonyStartFailed(String message) {
        super(message);
    }
}
