package pl.infolinia.telephony.sip;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.CallScript;
import pl.infolinia.telephony.ChannelCreated;

/**
 * Takes incoming calls: checks the offer, rings, and runs the call script on a virtual thread.
 *
 * <p>Refused before ringing: a caller that may not reach the number ({@link InboundAdmission}:
 * 401, 403, 404), no script yet (480), a body that is not SDP (415), an offer without
 * G.711 (488). A re-INVITE of an answered call is its new offer: hold, unhold, moved media.
 * When the script returns the channel is hung up if still up.
 */
final class InviteHandler implements RequestHandler {

    private static final Logger log = LoggerFactory.getLogger(InviteHandler.class);

    private final Calls calls;
    private final CallMedia media;
    private final String contactAddress;
    private final AtomicReference<CallScript> script;
    private final InboundAdmission admission;

    InviteHandler(Calls calls, CallMedia media, String contactAddress, AtomicReference<CallScript> script,
                  InboundAdmission admission) {
        this.admission = admission;
        this.calls = calls;
        this.media = media;
        this.contactAddress = contactAddress;
        this.script = script;
    }

    @Override
    public String method() {
        return "INVITE";
    }

    @Override
    public void handle(ServerExchange exchange) throws Exception {
        String callId = ((CallIdHeader) exchange.request().getHeader(CallIdHeader.NAME)).getCallId();
        if (((ToHeader) exchange.request().getHeader(ToHeader.NAME)).getTag() != null) {
            reinvite(exchange, callId);
            return;
        }
        if (!admission.admits(exchange)) {
            return;
        }
        CallScript current = script.get();
        if (current == null) {
            exchange.reply(Response.TEMPORARILY_UNAVAILABLE);
            return;
        }
        Optional<SessionDescription> offer = offer(exchange);
        if (offer.isEmpty()) {
            return;
        }
        exchange.reply(Response.TRYING);
        InviteDialog dialog = new InviteDialog(exchange, contactAddress, calls, callId, exchange.followNat());
        SipChannel channel = new SipChannel(dialog, offer.get(), media);
        calls.add(callId, channel);
        media.events().accept(new ChannelCreated(channel.id(), channel.caller(), channel.called()));
        dialog.ring();
        Thread.ofVirtual().name("call-" + channel.id()).start(() -> run(current, channel));
    }

    /** A re-INVITE in an established call: hold, unhold or moved media (RFC 3261 §14.2). */
    private void reinvite(ServerExchange exchange, String callId) throws Exception {
        Optional<SipChannel> channel = calls.find(callId);
        if (channel.isEmpty()) {
            exchange.reply(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        Optional<SessionDescription> offer = offer(exchange);
        if (offer.isEmpty()) {
            return;
        }
        String answer;
        try {
            answer = channel.get().reoffered(offer.get());
        } catch (pl.infolinia.telephony.InvalidChannelState e) {
            exchange.reply(Response.REQUEST_PENDING); // not answered yet or already ending
            return;
        }
        Response ok = exchange.response(Response.OK);
        var headers = exchange.stack().headers();
        ok.addHeader(headers.createContactHeader(exchange.stack().addresses().createAddress(contactAddress)));
        ok.setContent(answer, headers.createContentTypeHeader("application", "sdp"));
        exchange.send(ok);
    }

    private Optional<SessionDescription> offer(ServerExchange exchange) throws Exception {
        ContentTypeHeader type = (ContentTypeHeader) exchange.request().getHeader(ContentTypeHeader.NAME);
        byte[] body = exchange.request().getRawContent();
        if (type != null && body != null && body.length > 0
                && !("application".equalsIgnoreCase(type.getContentType()) && "sdp".equalsIgnoreCase(type.getContentSubType()))) {
            Response unsupported = exchange.response(Response.UNSUPPORTED_MEDIA_TYPE);
            unsupported.addHeader(exchange.stack().headers().createAcceptHeader("application", "sdp"));
            exchange.send(unsupported);
            return Optional.empty();
        }
        // TODO an INVITE without SDP (offer in the 200, answer in the ACK) is refused for now
        Optional<SessionDescription> offer = body == null ? Optional.empty()
                : SessionDescription.parse(new String(body, StandardCharsets.UTF_8));
        if (offer.flatMap(SessionDescription::codec).isEmpty()) {
            exchange.reply(Response.NOT_ACCEPTABLE_HERE);
            return Optional.empty();
        }
        return offer;
    }

    private void run(CallScript script, SipChannel channel) {
        try {
            script.run(channel);
        } catch (Exception e) {
            log.warn("Call script failed on {}", channel, e);
        } finally {
            channel.hangup();
        }
    }
}
