package pl.infolinia.server.reportmail;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;

/**
 * Subscriptions as a user may see and change them: an office's supervisors and administrators
 * their own office's, ADMIN every office's and the whole hotline's. Another office's is refused
 * (403, audited by the security layer); changes are audited.
 */
@Component
class ReportSubscriptions {

    private final JdbcReportSubscriptions store;
    private final OfficeAccess access;
    private final Auditor auditor;

    ReportSubscriptions(JdbcReportSubscriptions store, OfficeAccess access, Auditor auditor) {
        this.store = store;
        this.access = access;
        this.auditor = auditor;
    }

    List<ReportSubscription> visibleTo(SignedInUser me) {
        return store.list(me.isAdmin() ? Optional.empty() : Optional.of(ownOffice(me)));
    }

    /** Checks the form (400 with the field), then the office (403), then stores it. */
    ReportSubscription add(SignedInUser me, SubscriptionForm form) {
        SubscriptionForm.Checked checked = form.check();
        Optional<OfficeCode> office = checked.office();
        if (me.isAdmin()) {
            // ADMIN: the office asked for, or the whole hotline
        } else if (office.isEmpty()) {
            office = Optional.of(ownOffice(me));
        } else {
            access.requireRead(me, office.get());
        }
        SubscriptionForm.Checked scoped = new SubscriptionForm.Checked(office, checked.interval(), checked.grouping(),
                checked.format(), checked.recipients(), checked.schedule());
        ReportSubscription saved = store.add(scoped, me.getUsername());
        auditor.record(AuditAction.REPORT_SUBSCRIPTION_CHANGED, "subscription " + saved.id(), office,
                "added " + saved.schedule() + " " + saved.format() + " to " + saved.recipients().size() + " recipient(s)");
        return saved;
    }

    /** Removes one the user may manage; false if there is no such subscription. */
    boolean remove(SignedInUser me, long id) {
        Optional<ReportSubscription> found = store.find(id);
        if (found.isEmpty()) {
            return false;
        }
        ReportSubscription subscription = found.get();
        if (!me.isAdmin()) {
            OfficeCode office = subscription.office()
                    .orElseThrow(() -> new AccessDeniedException("only ADMIN manages the whole hotline's reports"));
            access.requireRead(me, office);
        }
        store.remove(id);
        auditor.record(AuditAction.REPORT_SUBSCRIPTION_CHANGED, "subscription " + id, subscription.office(), "removed");
        return true;
    }

    private static OfficeCode ownOffice(SignedInUser me) {
        return me.office().orElseThrow(() -> new AccessDeniedException(me.getUsername() + " has no office"));
    }
}
