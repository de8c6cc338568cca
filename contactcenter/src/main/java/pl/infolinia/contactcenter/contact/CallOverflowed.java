package pl.infolinia.contactcenter.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.QueueCode;

/** The call waited the queue's maximum and left for its overflow target, e.g. {@code queue:inne}. */
public record CallOverflowed(ContactId contactId, Instant at, QueueCode queueCode, String target, Duration waited) implements CallEvent {

    public CallOverflowed {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(queueCode, "queueCode");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(waited, "waited");
    }

    @Override
    public Optional<QueueCode> queue() {
        return Optional.of(queueCode);
    }

    @Override
    public Map<String, String> data() {
        return Map.of("target", target, "waited", waited.toString());
    }
}
