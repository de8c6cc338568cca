package pl.infolinia.telephony.sip;

import gov.nist.javax.sip.RequestEventExt;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.RequireHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stack's one listener: checks each request and passes it to the handler for its method.
 *
 * <p>Requests larger than the configured limit get 513, methods without a handler get 501 (ACK
 * excepted, it is never answered), and a handler that fails yields 500 instead of a silent
 * transaction. Retransmissions are absorbed by the server transaction and not handled twice.
 */
final class SipDispatcher implements SipListener {

    private static final Logger log = LoggerFactory.getLogger(SipDispatcher.class);

    private final JainSipStack stack;
    private final Map<String, RequestHandler> handlers;
    private final int maxMessageBytes;

    SipDispatcher(JainSipStack stack, List<RequestHandler> handlers, int maxMessageBytes) {
        this.stack = stack;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(RequestHandler::method, Function.identity()));
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        String address = event instanceof RequestEventExt ext ? ext.getRemoteIpAddress() : "?";
        int port = event instanceof RequestEventExt ext ? ext.getRemotePort() : 0;
        boolean ack = Request.ACK.equals(request.getMethod());
        ServerTransaction transaction = event.getServerTransaction();
        if (transaction == null && !ack) {
            try {
                transaction = stack.provider().getNewServerTransaction(request);
            } catch (TransactionAlreadyExistsException e) {
                return; // a retransmission racing the first copy: the transaction answers it
            } catch (Exception e) {
                log.debug("No server transaction for {} from {}:{}: {}", request.getMethod(), address, port, e.toString());
            }
        }
        ServerExchange exchange = new ServerExchange(request, transaction, stack, address, port);
        dispatch(exchange, ack);
    }

    private void dispatch(ServerExchange exchange, boolean ack) {
        RequestHandler handler = handlers.get(exchange.method());
        try {
            if (!ack && exchange.request().toString().length() > maxMessageBytes) {
                exchange.reply(Response.MESSAGE_TOO_LARGE);
            } else if (!ack && !exchange.request().getRequestURI().isSipURI()) {
                exchange.reply(Response.UNSUPPORTED_URI_SCHEME);
            } else if (!ack && !cancel(exchange) && exchange.request().getHeader(RequireHeader.NAME) != null) {
                exchange.send(unsupportedExtensions(exchange)); // we support no SIP extensions yet
            } else if (handler != null) {
                handler.handle(exchange);
            } else if (!ack) {
                Response response = exchange.response(Response.NOT_IMPLEMENTED);
                response.addHeader(stack.headers().createAllowHeader(String.join(", ", handlers.keySet())));
                exchange.send(response);
            }
        } catch (Exception e) {
            log.warn("{} from {}:{} failed", exchange.method(), exchange.remoteAddress(), exchange.remotePort(), e);
            if (!ack) {
                exchange.reply(Response.SERVER_INTERNAL_ERROR);
            }
        }
    }

    private static boolean cancel(ServerExchange exchange) {
        return Request.CANCEL.equals(exchange.method());
    }

    private Response unsupportedExtensions(ServerExchange exchange) throws java.text.ParseException {
        Response response = exchange.response(Response.BAD_EXTENSION);
        java.util.ListIterator<?> required = exchange.request().getHeaders(RequireHeader.NAME);
        while (required.hasNext()) {
            String tag = ((RequireHeader) required.next()).getOptionTag();
            response.addHeader(stack.headers().createUnsupportedHeader(tag));
        }
        return response;
    }

    @Override
    public void processResponse(ResponseEvent event) {
        if (event.getClientTransaction() != null
                && event.getClientTransaction().getApplicationData() instanceof ResponseListener listener) {
            listener.response(event.getResponse());
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.getClientTransaction() != null
                && event.getClientTransaction().getApplicationData() instanceof ResponseListener listener) {
            listener.failed(Response.REQUEST_TIMEOUT, "no response");
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        log.info("SIP transport error towards {}:{} ({})", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }
}
