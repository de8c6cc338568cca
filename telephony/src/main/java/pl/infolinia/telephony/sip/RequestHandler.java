package pl.infolinia.telephony.sip;

/**
 * Handles the requests of one SIP method; the {@link SipDispatcher} picks it by method name.
 *
 * <p>A handler answers every request it is given (except ACK) and never lets a JAIN-SIP
 * exception escape: the dispatcher turns anything that does escape into a 500.
 */
interface RequestHandler {

    /** The method handled, e.g. {@code REGISTER}. */
    String method();

    void handle(ServerExchange exchange) throws Exception;
}
