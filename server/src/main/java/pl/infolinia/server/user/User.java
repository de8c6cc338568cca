package pl.infolinia.server.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import pl.infolinia.server.office.OfficeCode;

/**
 * A person who signs in: a consultant, a supervisor, an editor or an administrator.
 *
 * @param office      the office whose work the user's roles cover; empty only for administrators of all offices
 * @param lockedUntil set while the account is locked after repeated failed logins
 */
public record User(Username username, String displayName, Optional<OfficeCode> office, Set<Role> roles,
        boolean enabled, int failedLogins, Optional<Instant> lockedUntil, boolean demo) {

    public User {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
