package pl.infolinia.telephony.sip;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests the engine sends inside an established dialog: BYE, and the NOTIFYs that
 * report a REFER's progress (RFC 3515 §2.4.5).
 *
 * <p>A request that cannot be sent is logged; the far end has gone and nothing else is owed.
 */
final class DialogRequests {

    private static final Logger log = LoggerFactory.getLogger(DialogRequests.class);

    private final Dialog dialog;
    private final JainSipStack stack;
    private final String callId;

    DialogRequests(Dialog dialog, JainSipStack stack, String callId) {
        this.dialog = dialog;
        this.stack = stack;
        this.callId = callId;
    }

    void bye() {
        send(Request.BYE, null, null);
    }

    /**
     * Tells the transferor how the transfer goes, as a sipfrag status line; a final status (2xx
     * and up) ends the implicit subscription.
     */
    void notifyTransfer(int status, String reason) {
        send(Request.NOTIFY, status >= 200 ? "terminated;reason=noresource" : "active;expires=60",
                "SIP/2.0 " + status + " " + reason + "\r\n");
    }

    private void send(String method, String subscriptionState, String sipfrag) {
        try {
            Request request = dialog.createRequest(method);
            if (sipfrag != null) {
                var headers = stack.headers();
                request.addHeader(headers.createEventHeader("refer"));
                request.addHeader(headers.createSubscriptionStateHeader(subscriptionState));
                request.setContent(sipfrag, headers.createContentTypeHeader("message", "sipfrag;version=2.0"));
            }
            ClientTransaction transaction = stack.provider().getNewClientTransaction(request);
            dialog.sendRequest(transaction);
        } catch (Exception e) {
            log.info("{} for call {} could not be sent: {}", method, callId, e.toString());
        }
    }
}
