package pl.infolinia.telephony.sip;

import javax.sip.header.CallIdHeader;
import javax.sip.message.Response;

/** The far end hung up: answer 200 and end the channel, or 481 if the call is unknown. */
final class ByeHandler implements RequestHandler {

    private final Calls calls;

    ByeHandler(Calls calls) {
        this.calls = calls;
    }

    @Override
    public String method() {
        return "BYE";
    }

    @Override
    public void handle(ServerExchange exchange) {
        String callId = ((CallIdHeader) exchange.request().getHeader(CallIdHeader.NAME)).getCallId();
        calls.find(callId).ifPresentOrElse(channel -> {
            exchange.reply(Response.OK);
            channel.ended();
        }, () -> exchange.reply(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST));
    }
}
