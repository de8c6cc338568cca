package pl.infolinia.telephony.sip;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Response;

/**
 * Key presses sent as SIP INFO, the fallback of phones that cannot send RFC 4733 events:
 * {@code application/dtmf-relay} ({@code Signal=5}) and {@code application/dtmf} ({@code 5}).
 *
 * <p>An INFO without a body (a keep-alive) gets 200; other bodies get 415.
 */
final class InfoHandler implements RequestHandler {

    private static final Pattern SIGNAL = Pattern.compile("(?im)^\\s*Signal\\s*=\\s*([0-9*#A-D])\\s*$");

    private final Calls calls;

    InfoHandler(Calls calls) {
        this.calls = calls;
    }

    @Override
    public String method() {
        return "INFO";
    }

    @Override
    public void handle(ServerExchange exchange) {
        String callId = ((CallIdHeader) exchange.request().getHeader(CallIdHeader.NAME)).getCallId();
        Optional<SipChannel> channel = calls.find(callId);
        if (channel.isEmpty()) {
            exchange.reply(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        byte[] body = exchange.request().getRawContent();
        if (body == null || body.length == 0) {
            exchange.reply(Response.OK);
            return;
        }
        ContentTypeHeader type = (ContentTypeHeader) exchange.request().getHeader(ContentTypeHeader.NAME);
        String subtype = type == null ? "" : type.getContentSubType().toLowerCase(Locale.ROOT);
        Optional<Character> key = parse(subtype, new String(body, StandardCharsets.UTF_8));
        if (key.isEmpty()) {
            exchange.reply(Response.UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        exchange.reply(Response.OK);
        channel.get().keyPressed(key.get());
    }

    static Optional<Character> parse(String subtype, String body) {
        if (subtype.equals("dtmf-relay")) {
            Matcher matcher = SIGNAL.matcher(body);
            return matcher.find() ? Optional.of(Character.toUpperCase(matcher.group(1).charAt(0))) : Optional.empty();
        }
        String trimmed = body.trim();
        if (subtype.equals("dtmf") && trimmed.length() == 1 && "0123456789*#ABCDabcd".indexOf(trimmed.charAt(0)) >= 0) {
            return Optional.of(Character.toUpperCase(trimmed.charAt(0)));
        }
        return Optional.empty();
    }
}
