package pl.infolinia.telephony.webrtc;

/**
 * How the engine reaches one consultant's browser phone: the page behind it, over the
 * platform's own signalling (the server implements it over the signed-in web session).
 *
 * <p>Called on engine threads; implementations hand the news to the page and return at once.
 */
public interface BrowserPhone {

    /** A call rings on the page; it answers with {@link BrowserCall#answer} or {@link BrowserCall#decline}. */
    void ring(BrowserCall call);

    /** The call ended on the engine's side: the far end hung up, or ringing stopped. */
    void ended(BrowserCall call);
}
