package pl.infolinia.contactcenter.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.QueueCode;

/** The caller hung up while waiting in the queue or while an agent was being rung. */
public record CallAbandoned(ContactId contactId, Instant at, QueueCode queueCode, Duration waited) implements CallEvent {

    public CallAbandoned {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(queueCode, "queueCode");
        Objects.requireNonNull(waited, "waited");
    }

    @Override
    public Optional<QueueCode> queue() {
        return Optional.of(queueCode);
    }

    @Override
    public Map<String, String> data() {
        return Map.of("waited", waited.toString());
    }
}
