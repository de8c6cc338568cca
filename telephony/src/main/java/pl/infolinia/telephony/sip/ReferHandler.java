package pl.infolinia.telephony.sip;

import java.util.Optional;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ReferToHeader;
import javax.sip.message.Response;

/**
 * A phone's blind transfer (RFC 3515): REFER in an established call is accepted with 202, the
 * target is reported to the contact centre, and progress goes back as NOTIFY. The engine never
 * calls the Refer-To address by itself, so a phone cannot make it dial anywhere.
 */
final class ReferHandler implements RequestHandler {

    private final Calls calls;

    ReferHandler(Calls calls) {
        this.calls = calls;
    }

    @Override
    public String method() {
        return "REFER";
    }

    @Override
    public void handle(ServerExchange exchange) {
        String callId = ((CallIdHeader) exchange.request().getHeader(CallIdHeader.NAME)).getCallId();
        Optional<SipChannel> channel = calls.find(callId);
        if (channel.isEmpty()) {
            exchange.reply(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        if (!(exchange.request().getHeader(ReferToHeader.NAME) instanceof ReferToHeader referTo)) {
            exchange.reply(Response.BAD_REQUEST); // RFC 3515 §2.4.1: exactly one Refer-To
            return;
        }
        exchange.reply(Response.ACCEPTED);
        channel.get().transferRequested(target(referTo.getAddress().getURI()));
    }

    private static String target(URI uri) {
        return uri instanceof SipURI sip && sip.getUser() != null ? sip.getUser() : uri.toString();
    }
}
