package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** The caller pressed keys at an IVR node: a menu digit, or digits collected. */
public record IvrChoiceMade(ContactId contactId, Instant at, String node, String input) implements CallEvent {

    public IvrChoiceMade {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(input, "input");
    }

    @Override
    public Map<String, String> data() {
        return Map.of("node", node, "input", input);
    }
}
