package pl.infolinia.server.desk;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.contactcenter.queue.Acd;

/** The contacts a consultant's desk shows, read from the ACD's live state and the event store. */
@Component
@ConditionalOnWebApplication
class DeskContacts {

    static final int EARLIER = 5;

    private final Acd acd;
    private final ContactEventLog log;

    DeskContacts(Acd acd, ContactEventLog log) {
        this.acd = acd;
        this.log = log;
    }

    /** The contact ringing at, talking with or being wrapped up by the consultant, if any. */
    Optional<DeskContact> current(AgentId agent) {
        if (!acd.hasAgent(agent)) {
            return Optional.empty();
        }
        return acd.agent(agent).contact().map(ContactId::of).map(this::contact);
    }

    DeskContact contact(ContactId id) {
        return DeskContact.of(id, log.read(id));
    }

    /**
     * The consultant's last answered contact while it still has no wrap-up of theirs: after the
     * wrap-up time ran out they may still classify it, until the next call.
     */
    Optional<DeskContact> unclassified(AgentId agent) {
        List<ContactEvent> mine = log.events(ContactQuery.all().agent(agent).limit(50));
        for (ContactEvent event : mine) {
            if (event instanceof ContactClassified) {
                return Optional.empty();
            }
            if (event instanceof CallAnswered answered) {
                return Optional.of(contact(answered.contactId()));
            }
        }
        return Optional.empty();
    }

    /** Earlier contacts from the caller's number, newest first, without this one. */
    List<EarlierContact> earlier(DeskContact contact) {
        if (contact.caller().isBlank()) {
            return List.of();
        }
        return log.contacts(ContactQuery.all().caller(contact.caller()).limit(EARLIER + 1)).stream()
                .filter(id -> !id.equals(contact.id()))
                .limit(EARLIER)
                .map(id -> EarlierContact.of(id, log.read(id)))
                .toList();
    }

    /** Whether the contact was ever answered by this consultant: only then may they act on it. */
    boolean handledBy(ContactId contact, AgentId agent) {
        return log.read(contact).stream().anyMatch(e -> e instanceof CallAnswered a && a.agentId().equals(agent));
    }
}
