package pl.infolinia.contactcenter.switchboard;

import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * A live call as a wallboard shows it: the office responsible for it now (its queue's, or the
 * office whose hotline it reached while it has no queue), the citizen's number, and the
 * consultant talking with them, if any.
 */
public record CallInProgress(ContactId contact, OfficeCode office, String caller, Optional<AgentId> consultant) {

    public CallInProgress {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(consultant, "consultant");
    }
}
