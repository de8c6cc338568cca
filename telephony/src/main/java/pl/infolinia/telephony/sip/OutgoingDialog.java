package pl.infolinia.telephony.sip;

import javax.sip.Dialog;

/** The signalling of a call we placed and the far end answered: it can only be hung up. */
final class OutgoingDialog implements CallSignalling {

    private final DialogRequests requests;
    private final Calls calls;
    private final String callId;
    private final String caller;
    private final String called;

    OutgoingDialog(Dialog dialog, JainSipStack stack, Calls calls, String callId, String caller, String called) {
        this.requests = new DialogRequests(dialog, stack, callId);
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
    public void progress(String sdp) {
        throw new IllegalStateException("an outgoing call gets early media, it does not send it");
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
        requests.bye();
    }

    @Override
    public void notifyTransfer(int status, String reason) {
        requests.notifyTransfer(status, reason);
    }

    @Override
    public void forget() {
        calls.remove(callId);
    }
}
