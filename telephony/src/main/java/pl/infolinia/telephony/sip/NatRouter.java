package pl.infolinia.telephony.sip;

import gov.nist.javax.sip.stack.DefaultRouter;
import gov.nist.javax.sip.stack.HopImpl;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sip.SipException;
import javax.sip.SipStack;
import javax.sip.address.Hop;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.message.Request;

/**
 * Sends requests for a phone behind NAT to where its requests came from, not to the private
 * Contact it advertised, as Kamailio's fix_nated_contact or Asterisk's rewrite_contact do.
 *
 * <p>The registrar and incoming calls {@link #remember} a Contact whose address differs from the
 * request's source; every request whose Request-URI is that Contact (the INVITE to a registered
 * phone, a BYE or re-INVITE in the call, their ACKs) then goes to the source address and port,
 * the NAT's mapping that the phone keeps open. The Request-URI itself is left as the phone
 * wants it. The stack makes this router by name ({@code javax.sip.ROUTER_PATH}).
 */
public final class NatRouter extends DefaultRouter {

    private final Map<String, Hop> hops = new ConcurrentHashMap<>();

    public NatRouter(SipStack stack, String outboundProxy) {
        super(stack, outboundProxy);
    }

    /**
     * Requests to {@code contact} go to {@code address:port} over {@code transport} from now on.
     *
     * @return true if the contact was not known before (so its remembering is the caller's to undo)
     */
    boolean remember(URI contact, String address, int port, String transport) {
        return key(contact).map(key -> hops.put(key,
                new HopImpl(address, port, transport.toLowerCase(java.util.Locale.ROOT))) == null).orElse(false);
    }

    void forget(URI contact) {
        key(contact).ifPresent(hops::remove);
    }

    int size() {
        return hops.size();
    }

    @Override
    public Hop getNextHop(Request request) throws SipException {
        if (request.getHeader("Route") == null) {
            Hop nated = key(request.getRequestURI()).map(hops::get).orElse(null);
            if (nated != null) {
                return nated;
            }
        }
        return super.getNextHop(request);
    }

    private static java.util.Optional<String> key(URI uri) {
        if (!(uri instanceof SipURI sip)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sip.getUser() + "@" + sip.getHost().toLowerCase(java.util.Locale.ROOT) + ":"
                + (sip.getPort() > 0 ? sip.getPort() : 5060));
    }
}
