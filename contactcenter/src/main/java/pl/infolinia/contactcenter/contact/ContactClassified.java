package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * The consultant's wrap-up of a contact: its topic from the knowledge base's taxonomy, the outcome
 * (with the office, when it went to one) and free notes. A later classification of the same contact
 * replaces an earlier one.
 */
public record ContactClassified(ContactId contactId, Instant at, AgentId agentId, String topic, WrapUpOutcome outcome,
        OfficeCode officeCode, String notes) implements CallEvent {

    /** Longest notes kept; the store's data column holds the rest of the event too. */
    public static final int MAX_NOTES = 2000;

    public ContactClassified {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(outcome, "outcome");
        notes = notes == null ? "" : notes;
        if (notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("notes longer than " + MAX_NOTES + " characters");
        }
        if (outcome == WrapUpOutcome.TRANSFERRED_TO_OFFICE && officeCode == null) {
            throw new IllegalArgumentException("a transfer to an office names the office");
        }
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }

    @Override
    public Optional<OfficeCode> office() {
        return Optional.ofNullable(officeCode);
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("topic", topic);
        data.put("outcome", outcome.name());
        data.put("notes", notes);
        return data;
    }
}
