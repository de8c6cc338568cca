package pl.infolinia.telephony.sip;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The signalling of a call we placed and the far end answered: it can only be hung up. */
final class OutgoingDialog implements CallSignalling {

    private static final Logger log = LoggerFactory.getLogger(OutgoingDialog.class);

    private final Dialog dialog;
    private final JainSipStack stack;
    private final Calls calls;
    private final String callId;
    private final String caller;
    private final String called;

    OutgoingDialog(Dialog dialog, JainSipStack stack, Calls calls, String callId, String caller, String called) {
        this.dialog = dialog;
        this.stack = stack;
        this.calls = calls;
        this.callId = callId;
        this.caller = caller;
        this.called = called;
    }

    @Override
    public String caller() {
        return caller;
    }

    @Override
    public String called() {
        return called;
    }

    @Override
    public void accept(String sdp) {
        throw new IllegalStateException("an outgoing call is answered by the far end");
    }

    @Override
    public void reject(int status) {
        throw new IllegalStateException("an outgoing call is answered by the far end");
    }

    @Override
    public void bye() {
        try {
            Request bye = dialog.createRequest(Request.BYE);
            ClientTransaction transaction = stack.provider().getNewClientTransaction(bye);
            dialog.sendRequest(transaction);
        } catch (Exception e) {
            log.info("BYE for call {} could not be sent: {}", callId, e.toString());
        }
    }

    @Override
    public void forget() {
        calls.remove(callId);
    }
}
