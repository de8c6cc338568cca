package pl.infolinia.telephony.sip;

import java.util.concurrent.CompletableFuture;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.CallNotAnswered;

/**
 * An INVITE we sent, until its final response: a 2xx completes {@link #answer()} after our ACK,
 * anything from 300 up fails it. A 2xx that arrives after the caller gave up is acknowledged
 * and hung up at once, so no call is left open at the far end.
 */
final class OutgoingInvite implements ResponseListener {

    private static final Logger log = LoggerFactory.getLogger(OutgoingInvite.class);

    private final String user;
    private final JainSipStack stack;
    private final CompletableFuture<Response> answer = new CompletableFuture<>();
    private volatile ClientTransaction transaction;
    private volatile boolean abandoned;

    OutgoingInvite(String user, JainSipStack stack) {
        this.user = user;
        this.stack = stack;
    }

    void sentOn(ClientTransaction sent) {
        transaction = sent;
    }

    Dialog dialog() {
        return transaction.getDialog();
    }

    CompletableFuture<Response> answer() {
        return answer;
    }

    @Override
    public void response(Response response) {
        int status = response.getStatusCode();
        if (status < 200) {
            return;
        }
        if (status >= 300) {
            answer.completeExceptionally(new CallNotAnswered(user, status, response.getReasonPhrase()));
            return;
        }
        Dialog dialog = transaction.getDialog();
        try {
            long cseq = ((javax.sip.header.CSeqHeader) response.getHeader("CSeq")).getSeqNumber();
            dialog.sendAck(dialog.createAck(cseq));
            if (abandoned) {
                Request bye = dialog.createRequest(Request.BYE);
                dialog.sendRequest(stack.provider().getNewClientTransaction(bye));
                return;
            }
        } catch (Exception e) {
            log.info("ACK to {} could not be sent: {}", user, e.toString());
        }
        answer.complete(response);
    }

    @Override
    public void failed(int status, String reason) {
        answer.completeExceptionally(new CallNotAnswered(user, status, reason));
    }

    /** Gives up waiting: sends CANCEL (RFC 3261 §9.1) unless a final response came already. */
    void abandon() {
        abandoned = true;
        try {
            Request cancel = transaction.createCancel();
            stack.provider().getNewClientTransaction(cancel).sendRequest();
        } catch (Exception e) {
            log.debug("CANCEL to {} not sent: {}", user, e.toString());
        }
    }
}
