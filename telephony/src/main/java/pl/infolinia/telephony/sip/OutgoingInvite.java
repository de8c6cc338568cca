package pl.infolinia.telephony.sip;

import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.clientauthutils.AccountManager;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.UserCredentials;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.CallNotAnswered;
import pl.infolinia.telephony.Trunk;

/**
 * An INVITE we sent, until its final response: a 2xx completes {@link #answer()} after our ACK,
 * anything from 300 up fails it, except a trunk's digest challenge, answered once with its account. A 2xx that arrives after the caller gave up is acknowledged
 * and hung up at once, so no call is left open at the far end.
 */
final class OutgoingInvite implements ResponseListener {

    private static final Logger log = LoggerFactory.getLogger(OutgoingInvite.class);

    private final String user;
    private final JainSipStack stack;
    private final Optional<Trunk.Account> account;
    private final CompletableFuture<Response> answer = new CompletableFuture<>();
    private volatile ClientTransaction transaction;
    private volatile boolean abandoned;
    private volatile boolean challenged;

    /** @param account answers a trunk's digest challenge (401/407), once; empty: a challenge fails the call */
    OutgoingInvite(String user, JainSipStack stack, Optional<Trunk.Account> account) {
        this.user = user;
        this.stack = stack;
        this.account = account;
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
        if ((status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED)
                && account.isPresent() && !challenged && !abandoned) {
            challenged = true;
            if (answerChallenge(response)) {
                return;
            }
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

    /** Sends the INVITE again with credentials (RFC 3261 §22.2); false if that was not possible. */
    private boolean answerChallenge(Response challenge) {
        Trunk.Account credentials = account.orElseThrow();
        AccountManager accounts = (challenged, realm) -> new UserCredentials() {
            @Override
            public String getUserName() {
                return credentials.user();
            }

            @Override
            public String getPassword() {
                return credentials.password();
            }

            @Override
            public String getSipDomain() {
                return realm;
            }
        };
        try {
            AuthenticationHelper helper = ((SipStackExt) stack.sipStack()).getAuthenticationHelper(accounts, stack.headers());
            ClientTransaction retry = helper.handleChallenge(challenge, transaction, stack.provider(), 5);
            retry.setApplicationData(this);
            transaction = retry;
            retry.sendRequest();
            return true;
        } catch (Exception e) {
            log.info("Could not answer the digest challenge of {}: {}", user, e.toString());
            return false;
        }
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
