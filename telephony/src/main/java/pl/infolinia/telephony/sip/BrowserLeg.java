package pl.infolinia.telephony.sip;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import pl.infolinia.telephony.ChannelState;
import pl.infolinia.telephony.InvalidChannelState;
import pl.infolinia.telephony.ChannelId;
import pl.infolinia.telephony.webrtc.BrowserCall;
import pl.infolinia.telephony.webrtc.BrowserPhone;
import pl.infolinia.telephony.webrtc.WebRtcTransport;

/**
 * The signalling of a call to a browser phone: the page's {@link BrowserCall} on one side, the
 * engine's {@link SipChannel} (through {@link CallSignalling}) on the other. No SIP travels; the
 * page's answer, hang-up and hold arrive through the platform's own channel to the page.
 */
final class BrowserLeg implements BrowserCall, CallSignalling {

    /** The page's reply to the ringing: its SDP answer, or null if it declined. */
    private final CompletableFuture<String> reply = new CompletableFuture<>();
    private final String id = UUID.randomUUID().toString();
    private final String caller;
    private final String user;
    private final String offer;
    private final WebRtcTransport transport;
    private final BrowserPhone phone;
    private final Calls calls;
    private volatile SipChannel channel;
    private volatile int telephoneEvent = -1;

    BrowserLeg(String caller, String user, String offer, WebRtcTransport transport, BrowserPhone phone, Calls calls) {
        this.caller = caller;
        this.user = user;
        this.offer = offer;
        this.transport = transport;
        this.phone = phone;
        this.calls = calls;
    }

    CompletableFuture<String> reply() {
        return reply;
    }

    int telephoneEvent() {
        return telephoneEvent;
    }

    WebRtcTransport transport() {
        return transport;
    }

    void connected(SipChannel answered) {
        channel = answered;
        calls.add(key(), answered);
    }

    private String key() {
        return "webrtc:" + id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String caller() {
        return caller;
    }

    @Override
    public String called() {
        return user;
    }

    @Override
    public String offer() {
        return offer;
    }

    @Override
    public void answer(String sdp) {
        if (reply.isDone()) {
            throw new InvalidChannelState(new ChannelId(id), ChannelState.DOWN, "answer a call no longer ringing");
        }
        telephoneEvent = transport.answered(sdp);
        reply.complete(sdp);
    }

    @Override
    public void decline() {
        reply.complete(null);
    }

    @Override
    public void hangUp() {
        SipChannel current = channel;
        if (current != null) {
            current.ended();
        } else {
            decline();
        }
    }

    @Override
    public void hold() {
        connectedChannel("hold").holdByPhone(true);
    }

    @Override
    public void unhold() {
        connectedChannel("unhold").holdByPhone(false);
    }

    private SipChannel connectedChannel(String operation) {
        SipChannel current = channel;
        if (current == null) {
            throw new InvalidChannelState(new ChannelId(id), ChannelState.RINGING, operation);
        }
        return current;
    }

    @Override
    public void progress(String sdp) {
        throw new IllegalStateException("a browser leg is always placed by the engine");
    }

    @Override
    public void accept(String sdp) {
        throw new IllegalStateException("a browser leg is always placed by the engine");
    }

    @Override
    public void reject(int status) {
        phone.ended(this);
    }

    @Override
    public void bye() {
        phone.ended(this);
    }

    @Override
    public void notifyTransfer(int status, String reason) {
        // the page transfers through the desk, never by asking the engine as REFER does
    }

    @Override
    public void forget() {
        calls.remove(key());
    }

    @Override
    public String toString() {
        return "BrowserLeg[" + id + ", " + caller + " -> " + user + "]";
    }
}
