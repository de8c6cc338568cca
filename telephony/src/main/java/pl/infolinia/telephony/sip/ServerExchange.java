package pl.infolinia.telephony.sip;

import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request received and the means to answer it: its server transaction and the stack.
 *
 * <p>Handlers see this instead of raw JAIN-SIP events. A reply that cannot be sent (the peer
 * is gone, the transaction timed out) is logged and dropped: there is nobody left to tell.
 */
record ServerExchange(Request request, ServerTransaction transaction, JainSipStack stack,
                      String remoteAddress, int remotePort) {

    private static final Logger log = LoggerFactory.getLogger(ServerExchange.class);

    String method() {
        return request.getMethod();
    }

    /** A response to this request with the status code, ready for more headers. */
    Response response(int status) {
        try {
            return stack.messages().createResponse(status, request);
        } catch (ParseException e) {
            throw new IllegalStateException("cannot build a " + status + " response", e);
        }
    }

    /**
     * If the request's Contact names another address than the one it came from (the sender is
     * behind NAT), routes later requests to that Contact to the source instead ({@link NatRouter}).
     *
     * @return the Contact if this call remembered it first, for {@link NatRouter#forget} at the end
     */
    java.util.Optional<javax.sip.address.URI> followNat() {
        if (!(request.getHeader(javax.sip.header.ContactHeader.NAME) instanceof javax.sip.header.ContactHeader contact)
                || contact.getAddress() == null
                || !(contact.getAddress().getURI() instanceof javax.sip.address.SipURI uri)
                || !behindNat(uri)) {
            return java.util.Optional.empty();
        }
        boolean first = stack.router().remember(uri, remoteAddress, sourcePort(), transport());
        return first ? java.util.Optional.of(uri) : java.util.Optional.empty();
    }

    /** True if {@code contact} is not where this request came from: the sender is behind NAT. */
    boolean behindNat(javax.sip.address.SipURI contact) {
        int advertisedPort = contact.getPort() > 0 ? contact.getPort() : 5060;
        return sourcePort() > 0 && (!contact.getHost().equals(remoteAddress) || advertisedPort != sourcePort());
    }

    /**
     * The port the request really came from: the stack fills in the Via's rport (RFC 3581) when the
     * sender asked for it; without it, the sent-by port is all there is.
     */
    int sourcePort() {
        return request.getHeader(javax.sip.header.ViaHeader.NAME) instanceof javax.sip.header.ViaHeader via
                && via.getRPort() > 0 ? via.getRPort() : remotePort;
    }

    String transport() {
        return request.getHeader(javax.sip.header.ViaHeader.NAME) instanceof javax.sip.header.ViaHeader via
                ? via.getTransport() : "UDP";
    }

    void reply(int status) {
        send(response(status));
    }

    void send(Response response) {
        try {
            if (transaction != null) {
                transaction.sendResponse(response);
            } else {
                stack.provider().sendResponse(response);
            }
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            log.info("Could not send {} to {}:{} for {}: {}", response.getStatusCode(), remoteAddress,
                    remotePort, method(), e.toString());
        }
    }
}
