package pl.infolinia.server.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactOutcome;
import pl.infolinia.contactcenter.contact.ContactSummary;

/** An earlier contact from the same number, as the incoming call's card lists it: when, topic, outcome, notes. */
public record EarlierContact(ContactId id, Instant arrivedAt, Optional<String> topic, ContactOutcome outcome, String notes) {

    static EarlierContact of(ContactId id, List<ContactEvent> events) {
        ContactSummary summary = ContactSummary.of(id, events);
        Optional<ContactClassified> wrapUp = events.stream().filter(ContactClassified.class::isInstance)
                .map(ContactClassified.class::cast).reduce((first, last) -> last);
        return new EarlierContact(id, summary.arrivedAt(),
                wrapUp.map(ContactClassified::topic).or(summary::topic), summary.outcome(),
                wrapUp.map(ContactClassified::notes).orElse(""));
    }
}
