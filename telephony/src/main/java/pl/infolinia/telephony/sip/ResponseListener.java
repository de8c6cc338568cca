package pl.infolinia.telephony.sip;

import javax.sip.message.Response;

/**
 * Waits for the answers to a request we sent; attached to its client transaction as
 * application data, so that the dispatcher finds it without a lookup table.
 */
interface ResponseListener {

    void response(Response response);

    /** The transaction timed out or could not be sent: no final response will come. */
    void failed(int status, String reason);
}
