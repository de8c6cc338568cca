package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** The call's recording was stored in the archive at the given location. */
public record RecordingSaved(ContactId contactId, Instant at, String location) implements CallEvent {

    public RecordingSaved {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public Map<String, String> data() {
        return Map.of("location", location);
    }
}
