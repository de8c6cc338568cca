package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A citizen's call reached a hotline number and a contact began. */
public record CallArrived(ContactId contactId, Instant at, String caller, String hotline) implements CallEvent {

    public CallArrived {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(hotline, "hotline");
    }

    @Override
    public Map<String, String> data() {
        return Map.of("caller", caller, "hotline", hotline);
    }
}
