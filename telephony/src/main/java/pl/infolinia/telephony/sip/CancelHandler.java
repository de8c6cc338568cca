package pl.infolinia.telephony.sip;

import javax.sip.header.CallIdHeader;
import javax.sip.message.Response;
import pl.infolinia.telephony.ChannelState;

/**
 * The caller gave up before the call was answered: 200 for the CANCEL, 487 for the INVITE
 * (RFC 3261 §9.2), and the channel ends. A CANCEL after the answer changes nothing.
 */
final class CancelHandler implements RequestHandler {

    private final Calls calls;

    CancelHandler(Calls calls) {
        this.calls = calls;
    }

    @Override
    public String method() {
        return "CANCEL";
    }

    @Override
    public void handle(ServerExchange exchange) {
        String callId = ((CallIdHeader) exchange.request().getHeader(CallIdHeader.NAME)).getCallId();
        calls.find(callId).ifPresentOrElse(channel -> {
            exchange.reply(Response.OK);
            if (channel.state() == ChannelState.RINGING) {
                channel.cancelled();
            }
        }, () -> exchange.reply(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST));
    }
}
