package pl.infolinia.server.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.user.Role;

/**
 * Decides which offices' data a user may see and manage: their own office, or every office for an ADMIN.
 *
 * <p>A refusal is an {@link AccessDeniedException}, which the security layer answers with 403 and audits.
 */
@Component
public class OfficeAccess {

    /** Anyone of the office reads its data (colleagues' names, its settings). */
    public boolean canRead(SignedInUser user, OfficeCode office) {
        return user.isAdmin() || user.office().filter(office::equals).isPresent();
    }

    /** Office administrators manage their own office's users and settings; ADMIN manages all. */
    public boolean canManage(SignedInUser user, OfficeCode office) {
        return user.isAdmin() || user.has(Role.OFFICE_ADMIN) && user.office().filter(office::equals).isPresent();
    }

    public void requireRead(SignedInUser user, OfficeCode office) {
        if (!canRead(user, office)) {
            throw new AccessDeniedException("office " + office + " is not " + user.getUsername() + "'s");
        }
    }

    public void requireManage(SignedInUser user, OfficeCode office) {
        if (!canManage(user, office)) {
            throw new AccessDeniedException(user.getUsername() + " does not manage office " + office);
        }
    }

    /**
     * The office a management page shows: what was asked for if the user may manage it, else the
     * user's own office; empty means all offices (ADMIN only).
     */
    public Optional<OfficeCode> managedScope(SignedInUser user, Optional<OfficeCode> asked) {
        if (user.isAdmin()) {
            return asked;
        }
        asked.ifPresent(office -> requireManage(user, office));
        return user.office();
    }
}
