package pl.infolinia.telephony.sip;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.sip.address.SipURI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registrar (RFC 3261 §10.3): authenticates REGISTER with digest and keeps the contacts.
 *
 * <p>A user may register only its own address of record. Each contact gets the expiry it asks
 * for within [{@value #MIN_EXPIRES_SECONDS} s, {@value #MAX_EXPIRES_SECONDS} s]; shorter
 * non-zero requests get 423. The 200 lists all of the user's live contacts.
 */
final class RegisterHandler implements RequestHandler {

    static final int MIN_EXPIRES_SECONDS = 60;
    static final int MAX_EXPIRES_SECONDS = 3600;
    private static final Logger log = LoggerFactory.getLogger(RegisterHandler.class);

    private final DigestAuthenticator authenticator;
    private final Registrations registrations;
    private final AuthenticationFailures failures;
    private final Clock clock;

    RegisterHandler(DigestAuthenticator authenticator, Registrations registrations,
                    AuthenticationFailures failures, Clock clock) {
        this.authenticator = authenticator;
        this.registrations = registrations;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    public String method() {
        return "REGISTER";
    }

    @Override
    public void handle(ServerExchange exchange) throws Exception {
        if (!(exchange.request().getHeader("To") instanceof javax.sip.header.ToHeader to)
                || !(to.getAddress().getURI() instanceof SipURI aor) || aor.getUser() == null) {
            exchange.reply(Response.BAD_REQUEST); // an AOR must be a SIP URI with a user (RFC 3261 §10.3)
            return;
        }
        if (failures.blocked(exchange.remoteAddress())) {
            exchange.reply(Response.FORBIDDEN);
            return;
        }
        if (!(exchange.request().getHeader(AuthorizationHeader.NAME) instanceof AuthorizationHeader authorization)
                || !"Digest".equalsIgnoreCase(authorization.getScheme())) {
            challenge(exchange, false);
            return;
        }
        switch (authenticator.verify(DigestResponse.of(authorization), exchange.method())) {
            case STALE -> challenge(exchange, true);
            case REFUSED -> {
                failures.record(exchange.remoteAddress());
                log.info("REGISTER of {} from {} refused: wrong credentials", aor.getUser(), exchange.remoteAddress());
                exchange.reply(Response.FORBIDDEN);
            }
            case ACCEPTED -> {
                if (!authorization.getUsername().equals(aor.getUser())) {
                    exchange.reply(Response.FORBIDDEN);
                } else {
                    failures.clear(exchange.remoteAddress());
                    register(exchange, aor.getUser());
                }
            }
        }
    }

    private void challenge(ServerExchange exchange, boolean stale) throws Exception {
        Response response = exchange.response(Response.UNAUTHORIZED);
        response.addHeader(exchange.stack().headers().createHeader("WWW-Authenticate", authenticator.challenge(stale)));
        exchange.send(response);
    }

    private void register(ServerExchange exchange, String user) throws Exception {
        Instant now = clock.instant();
        ExpiresHeader expiresHeader = exchange.request().getExpires();
        List<ContactHeader> contacts = contacts(exchange);
        String callId = ((CallIdHeader) exchange.request().getHeader(CallIdHeader.NAME)).getCallId();
        long cseq = ((CSeqHeader) exchange.request().getHeader(CSeqHeader.NAME)).getSeqNumber();
        if (contacts.stream().anyMatch(ContactHeader::isWildCard)) {
            if (contacts.size() != 1 || expiresHeader == null || expiresHeader.getExpires() != 0) {
                exchange.reply(Response.BAD_REQUEST); // "*" only alone and with Expires: 0
                return;
            }
            registrations.removeAll(user);
            exchange.reply(Response.OK);
            return;
        }
        for (ContactHeader contact : contacts) {
            int asked = contact.getExpires() >= 0 ? contact.getExpires()
                    : expiresHeader != null ? expiresHeader.getExpires() : MAX_EXPIRES_SECONDS;
            if (asked > 0 && asked < MIN_EXPIRES_SECONDS) {
                Response tooBrief = exchange.response(Response.INTERVAL_TOO_BRIEF);
                tooBrief.addHeader(exchange.stack().headers().createMinExpiresHeader(MIN_EXPIRES_SECONDS));
                exchange.send(tooBrief);
                return;
            }
            int granted = Math.min(asked, MAX_EXPIRES_SECONDS);
            followNat(exchange, contact, granted);
            registrations.update(user, new Registrations.Binding(contact.getAddress().getURI().toString(),
                    now.plus(Duration.ofSeconds(granted)), callId, cseq), now);
        }
        Response ok = exchange.response(Response.OK);
        HeaderFactory headers = exchange.stack().headers();
        for (Registrations.Binding binding : registrations.of(user, now)) {
            ContactHeader contact = headers.createContactHeader(
                    exchange.stack().addresses().createAddress(binding.contact()));
            contact.setExpires((int) Math.max(0, Duration.between(now, binding.expires()).toSeconds()));
            ok.addHeader(contact);
        }
        ok.addHeader(headers.createDateHeader(java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("GMT"))));
        exchange.send(ok);
    }

    // a phone behind NAT is reached where its REGISTER came from, for as long as it is registered
    private static void followNat(ServerExchange exchange, ContactHeader contact, int granted) {
        if (!(contact.getAddress().getURI() instanceof SipURI uri)) {
            return;
        }
        if (granted == 0) {
            exchange.stack().router().forget(uri);
        } else if (exchange.behindNat(uri)) {
            exchange.stack().router().remember(uri, exchange.remoteAddress(), exchange.sourcePort(), exchange.transport());
        }
    }

    private static List<ContactHeader> contacts(ServerExchange exchange) {
        List<ContactHeader> contacts = new ArrayList<>();
        Iterator<?> headers = exchange.request().getHeaders(ContactHeader.NAME);
        while (headers.hasNext()) {
            contacts.add((ContactHeader) headers.next());
        }
        return contacts;
    }
}
