package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** The call's last leg hung up, for the given reason. */
public record CallEnded(ContactId contactId, Instant at, CallEndReason reason) implements CallEvent {

    public CallEnded {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, String> data() {
        return Map.of("reason", reason.name());
    }
}
