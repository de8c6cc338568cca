package pl.infolinia.telephony.sip;

import java.time.Clock;
import java.util.Optional;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.SipCredentials;
import pl.infolinia.telephony.Trunk;
import pl.infolinia.telephony.Trunks;

/**
 * Decides whether a new INVITE may reach its called number: from a trunk only to that trunk's
 * inbound numbers (404 otherwise), from anybody else only to the direct numbers (403 otherwise).
 *
 * <p>A trunk is recognised by the address its request comes from and, when it has an account,
 * by digest (RFC 3261 §22.2: challenged with 401). Wrong credentials count towards the same
 * per-address block as the registrar's, so a trunk's password cannot be guessed either.
 */
final class InboundAdmission {

    private static final Logger log = LoggerFactory.getLogger(InboundAdmission.class);

    private final Trunks trunks;
    private final DigestAuthenticator authenticator;
    private final AuthenticationFailures failures;

    InboundAdmission(Trunks trunks, String realm, AuthenticationFailures failures, Clock clock) {
        this.trunks = trunks;
        this.failures = failures;
        this.authenticator = new DigestAuthenticator(realm, accounts(trunks), clock);
    }

    private static SipCredentials accounts(Trunks trunks) {
        return (user, realm) -> trunks.trunks().stream().flatMap(t -> t.account().stream())
                .filter(account -> account.user().equals(user)).findFirst()
                .map(account -> SipCredentials.ha1Of(user, realm, account.password()));
    }

    /** True if the INVITE may go on; otherwise it has been answered (401, 403 or 404). */
    boolean admits(ServerExchange exchange) throws Exception {
        String source = exchange.remoteAddress();
        String called = user(exchange.request().getRequestURI());
        if (failures.blocked(source)) {
            exchange.reply(Response.FORBIDDEN);
            return false;
        }
        Optional<Trunk> byAddress = trunks.trunks().stream()
                .filter(t -> !t.addresses().isEmpty() && t.acceptsAddress(source)).findFirst();
        Optional<AuthorizationHeader> authorization = authorization(exchange);
        if (authorization.isPresent()) {
            Optional<Trunk> claimed = trunks.trunks().stream()
                    .filter(t -> t.account().filter(a -> a.user().equals(authorization.get().getUsername())).isPresent())
                    .filter(t -> t.acceptsAddress(source)).findFirst();
            if (claimed.isPresent()) {
                return authenticated(exchange, claimed.get(), authorization.get(), called);
            }
        }
        if (byAddress.isPresent()) {
            if (byAddress.get().account().isPresent()) {
                challenge(exchange, false);
                return false;
            }
            return reachable(exchange, byAddress.get(), called);
        }
        if (trunks.direct().matches(called)) {
            return true;
        }
        boolean anAccountMayCall = trunks.trunks().stream()
                .anyMatch(t -> t.account().isPresent() && t.acceptsAddress(source) && t.inbound().matches(called));
        if (anAccountMayCall) {
            challenge(exchange, false);
        } else {
            log.info("INVITE to {} from {} refused: not a trunk, and not a number anyone may call", called, source);
            exchange.reply(Response.FORBIDDEN);
        }
        return false;
    }

    private boolean authenticated(ServerExchange exchange, Trunk trunk, AuthorizationHeader authorization,
                                  String called) throws Exception {
        switch (authenticator.verify(DigestResponse.of(authorization), exchange.method())) {
            case STALE -> {
                challenge(exchange, true);
                return false;
            }
            case REFUSED -> {
                failures.record(exchange.remoteAddress());
                log.info("INVITE as trunk {} from {} refused: wrong credentials", trunk.name(), exchange.remoteAddress());
                exchange.reply(Response.FORBIDDEN);
                return false;
            }
            default -> {
                failures.clear(exchange.remoteAddress());
                return reachable(exchange, trunk, called);
            }
        }
    }

    private static boolean reachable(ServerExchange exchange, Trunk trunk, String called) {
        if (trunk.inbound().matches(called)) {
            return true;
        }
        log.info("INVITE to {} from trunk {} refused: not one of its numbers", called, trunk.name());
        exchange.reply(Response.NOT_FOUND);
        return false;
    }

    private void challenge(ServerExchange exchange, boolean stale) throws Exception {
        Response response = exchange.response(Response.UNAUTHORIZED);
        response.addHeader(exchange.stack().headers().createHeader("WWW-Authenticate", authenticator.challenge(stale)));
        exchange.send(response);
    }

    private static Optional<AuthorizationHeader> authorization(ServerExchange exchange) {
        return exchange.request().getHeader(AuthorizationHeader.NAME) instanceof AuthorizationHeader header
                && "Digest".equalsIgnoreCase(header.getScheme()) && header.getUsername() != null
                ? Optional.of(header) : Optional.empty();
    }

    private static String user(URI uri) {
        return uri instanceof SipURI sip && sip.getUser() != null ? sip.getUser() : "";
    }
}
