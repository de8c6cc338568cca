package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** The IVR set the contact's topic, used by reports and to suggest articles to the consultant. */
public record TopicChosen(ContactId contactId, Instant at, String topic) implements CallEvent {

    public TopicChosen {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(topic, "topic");
    }

    @Override
    public Map<String, String> data() {
        return Map.of("topic", topic);
    }
}
