package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;

/** The call joined a queue, with its priority (higher is served first). */
public record CallQueued(ContactId contactId, Instant at, QueueCode queueCode, OfficeCode officeCode, int priority) implements CallEvent {

    public CallQueued {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(queueCode, "queueCode");
    }

    @Override
    public Optional<QueueCode> queue() {
        return Optional.of(queueCode);
    }

    @Override
    public Optional<OfficeCode> office() {
        return Optional.ofNullable(officeCode);
    }

    @Override
    public Map<String, String> data() {
        return Map.of("priority", Integer.toString(priority));
    }
}
