package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.QueueCode;

/** The caller asked to be called back on a number, keeping their place in the queue. */
public record CallbackScheduled(ContactId contactId, Instant at, QueueCode queueCode, String number) implements CallEvent {

    public CallbackScheduled {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(queueCode, "queueCode");
        Objects.requireNonNull(number, "number");
    }

    @Override
    public Optional<QueueCode> queue() {
        return Optional.of(queueCode);
    }

    @Override
    public Map<String, String> data() {
        return Map.of("number", number);
    }
}
