package pl.infolinia.server.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.User;

/** The user behind the current session or request, as Spring Security keeps them. */
public final class SignedInUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final String office;
    private final EnumSet<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final boolean failedBefore;

    SignedInUser(User user, String passwordHash, boolean locked) {
        this.username = user.username().value();
        this.displayName = user.displayName();
        this.passwordHash = passwordHash;
        this.office = user.office().map(OfficeCode::value).orElse(null);
        this.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        this.enabled = user.enabled();
        this.locked = locked;
        this.failedBefore = user.failedLogins() > 0;
    }

    /** Whether failed logins were counted before this one, so that a success has something to clear. */
    boolean failedBefore() {
        return failedBefore;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<OfficeCode> office() {
        return Optional.ofNullable(office).map(OfficeCode::new);
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Administrators of all offices or of one: they see the users and audit pages. */
    public boolean administers() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.OFFICE_ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + office + ", " + List.copyOf(roles) + "]";
    }
}
