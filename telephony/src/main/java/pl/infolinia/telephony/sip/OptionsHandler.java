package pl.infolinia.telephony.sip;

import javax.sip.message.Response;

/**
 * Answers OPTIONS with 200 and what the engine supports, as phones use it for keep-alive and
 * proxies (Kamailio's dispatcher) to see whether a node is up.
 */
final class OptionsHandler implements RequestHandler {

    static final String ALLOWED = "INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER, INFO, REFER";

    @Override
    public String method() {
        return "OPTIONS";
    }

    @Override
    public void handle(ServerExchange exchange) throws Exception {
        Response ok = exchange.response(Response.OK);
        var headers = exchange.stack().headers();
        ok.addHeader(headers.createAllowHeader(ALLOWED));
        ok.addHeader(headers.createAcceptHeader("application", "sdp"));
        exchange.send(ok);
    }
}
