package pl.infolinia.server.office;

/**
 * A SIP address that calls are transferred to, such as {@code sip:infolinia@mc.urzad.test}.
 *
 * <p>Only configured destinations are ever dialled, so this is the list of places a call may leave to.
 */
public record TransferDestination(String uri) {

    private static final String PATTERN = "sips?:[A-Za-z0-9._~+!$&'()*,;=%-]+@[A-Za-z0-9.-]+(:[0-9]{1,5})?";

    public TransferDestination {
        if (!isValid(uri)) {
            throw new IllegalArgumentException("A transfer destination is a SIP URI like sip:user@host: " + uri);
        }
    }

    public static boolean isValid(String uri) {
        return uri != null && uri.length() <= 255 && uri.matches(PATTERN);
    }

    @Override
    public String toString() {
        return uri;
    }
}
