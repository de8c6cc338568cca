package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A supervisor's phone joined a live call: {@code mode} is {@code LISTEN}, {@code WHISPER} (heard by
 * the consultant only) or {@code BARGE} (heard by both); {@code supervisor} is the supervisor's username.
 */
public record SupervisorJoined(ContactId contactId, Instant at, String supervisor, String mode) implements CallEvent {

    public SupervisorJoined {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(mode, "mode");
    }

    @Override
    public Map<String, String> data() {
        return Map.of("supervisor", supervisor, "mode", mode);
    }
}
