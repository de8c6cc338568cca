package pl.infolinia.server.supervisor;

import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.switchboard.CallInProgress;
import pl.infolinia.contactcenter.switchboard.SupervisionMode;
import pl.infolinia.contactcenter.switchboard.SupervisionStart;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * A supervisor asks to listen to, whisper to or barge into a live call of their office (ADMIN:
 * any): the switchboard rings their own phone (SIP user = their username). Audited as
 * {@link AuditAction#CALL_SUPERVISED} once the phone rings.
 */
@Component
@ConditionalOnWebApplication // the switchboard runs only in the web application, not in command-line tools
class Supervising {

    private final Switchboard switchboard;
    private final WallboardAccess access;
    private final Auditor auditor;

    Supervising(Switchboard switchboard, WallboardAccess access, Auditor auditor) {
        this.switchboard = switchboard;
        this.access = access;
        this.auditor = auditor;
    }

    /** LISTEN, WHISPER or BARGE, in any case; empty for anything else. */
    static Optional<SupervisionMode> mode(String text) {
        try {
            return Optional.of(SupervisionMode.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * @throws NotFound                                                    if the contact is no live call
     * @throws org.springframework.security.access.AccessDeniedException for another office's call
     */
    SupervisionStart start(SignedInUser me, String contact, SupervisionMode mode) {
        ContactId id = new ContactId(contact);
        CallInProgress call = switchboard.call(id).orElseThrow(() -> new NotFound("live call " + contact));
        OfficeCode office = new OfficeCode(call.office().value());
        access.requireLead(me, office);
        SupervisionStart start = switchboard.supervise(id, me.getUsername(), mode);
        if (start == SupervisionStart.RINGING) {
            auditor.record(AuditAction.CALL_SUPERVISED, contact, Optional.of(office),
                    mode + (call.consultant().map(agent -> " " + agent.value()).orElse("")));
        }
        return start;
    }
}
