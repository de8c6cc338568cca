package pl.infolinia.server.audit;

import java.time.Instant;
import java.util.Optional;
import pl.infolinia.server.office.OfficeCode;

/**
 * One line of the audit log: who did what, when, from where.
 *
 * @param actor  the user name, or the name tried in a failed login, or {@code system}
 * @param office the office the action concerns, so that office administrators see their part
 */
public record AuditEntry(Instant at, String actor, AuditAction action, String target, Optional<OfficeCode> office,
        String remoteAddress, String details) {
}
