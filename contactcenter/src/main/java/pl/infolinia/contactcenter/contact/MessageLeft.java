package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;

/** The caller left a voice message for an office; the recording is named by its archive location. */
public record MessageLeft(ContactId contactId, Instant at, OfficeCode officeCode, String recording) implements CallEvent {

    public MessageLeft {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recording, "recording");
    }

    @Override
    public Optional<OfficeCode> office() {
        return Optional.ofNullable(officeCode);
    }

    @Override
    public Map<String, String> data() {
        return Map.of("recording", recording);
    }
}
