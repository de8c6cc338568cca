package pl.infolinia.server.telephony;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The trunk through which citizens are called back: numbers only (digits with an optional
 * leading '+'), put into the configured URI template. Without a template nothing is dialled.
 */
@Component
class CallbackTrunk {

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{3,15}");

    private final Optional<String> template;

    CallbackTrunk(@Value("${infolinia.sip.trunk:}") String template) {
        if (!template.isEmpty() && (!template.startsWith("sip:") || !template.contains("{number}"))) {
            throw new IllegalArgumentException("infolinia.sip.trunk must be a sip: URI with {number}, e.g."
                    + " sip:{number}@10.0.0.5:5060; got " + template);
        }
        this.template = Optional.of(template).filter(t -> !t.isEmpty());
    }

    /** The trunk URI for a citizen's number; empty if it is no number or no trunk is configured. */
    Optional<String> uri(String number) {
        return template.filter(t -> NUMBER.matcher(number).matches()).map(t -> t.replace("{number}", number));
    }
}
