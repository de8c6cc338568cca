package pl.infolinia.telephony.webrtc;

/**
 * Where browser phones register: a registered browser phone is one more contact of the
 * user's {@link pl.infolinia.telephony.Endpoint}, and calls to the user ring it like a SIP phone
 * (the newest registration wins).
 */
public interface BrowserPhones {

    /** Registers {@code phone} for {@code user} until the returned registration is closed. */
    Registration registerBrowserPhone(String user, BrowserPhone phone);

    /** A browser phone's registration; closing it unregisters the phone and hangs up its calls. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
