package pl.infolinia.telephony.sip;

import java.util.UUID;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Response;

/**
 * The signalling of one incoming INVITE: provisional and final answers, and the BYE that ends it.
 *
 * <p>All answers carry the same To tag, which is what makes them one dialog. Failures to send
 * are logged and end nothing else: a peer that vanished cannot be told anything.
 */
final class InviteDialog implements CallSignalling {

    private final ServerExchange invite;
    private final String contactAddress;
    private final Calls calls;
    private final String callId;
    private final String toTag = UUID.randomUUID().toString().substring(0, 12);
    private final java.util.Optional<URI> natedContact;

    /** @param natedContact the caller's Contact routed to its source address for this call only */
    InviteDialog(ServerExchange invite, String contactAddress, Calls calls, String callId,
                 java.util.Optional<URI> natedContact) {
        this.natedContact = natedContact;
        this.invite = invite;
        this.contactAddress = contactAddress;
        this.calls = calls;
        this.callId = callId;
    }

    @Override
    public String caller() {
        return user(((FromHeader) invite.request().getHeader(FromHeader.NAME)).getAddress().getURI());
    }

    @Override
    public String called() {
        return user(invite.request().getRequestURI());
    }

    private static String user(URI uri) {
        return uri instanceof SipURI sip && sip.getUser() != null ? sip.getUser() : uri.toString();
    }

    void ring() {
        invite.send(tagged(Response.RINGING));
    }

    @Override
    public void progress(String sdp) {
        invite.send(withSdp(tagged(Response.SESSION_PROGRESS), sdp));
    }

    @Override
    public void accept(String sdp) {
        invite.send(withSdp(tagged(Response.OK), sdp));
    }

    private Response withSdp(Response response, String sdp) {
        try {
            var headers = invite.stack().headers();
            response.addHeader(headers.createContactHeader(invite.stack().addresses().createAddress(contactAddress)));
            response.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("cannot build a " + response.getStatusCode() + " with SDP", e);
        }
        return response;
    }

    @Override
    public void reject(int status) {
        invite.send(tagged(status));
    }

    @Override
    public void bye() {
        requests().bye();
    }

    @Override
    public void notifyTransfer(int status, String reason) {
        requests().notifyTransfer(status, reason);
    }

    private DialogRequests requests() {
        return new DialogRequests(invite.transaction().getDialog(), invite.stack(), callId);
    }

    @Override
    public void forget() {
        calls.remove(callId);
        natedContact.ifPresent(invite.stack().router()::forget);
    }

    private Response tagged(int status) {
        Response response = invite.response(status);
        try {
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(toTag);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("a random tag is a valid token", e);
        }
        return response;
    }
}
