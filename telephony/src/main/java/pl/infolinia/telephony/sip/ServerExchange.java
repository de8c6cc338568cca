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
