package pl.infolinia.server.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import pl.infolinia.server.office.OfficeCode;

/** What the user page's form sends; checked before it becomes a {@link User}. */
public class UserForm {

    static final int MIN_PASSWORD_LENGTH = 12;

    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "{user.username.invalid}")
    private String username = "";

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 200, message = "{user.displayName.tooLong}")
    private String displayName = "";

    private String office = "";

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    private String password = "";

    static UserForm of(User user) {
        UserForm form = new UserForm();
        form.username = user.username().value();
        form.displayName = user.displayName();
        form.office = user.office().map(OfficeCode::value).orElse("");
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.enabled = user.enabled();
        return form;
    }

    Optional<OfficeCode> officeCode() {
        return OfficeCode.isValid(office) ? Optional.of(new OfficeCode(office)) : Optional.empty();
    }

    /** The user as the form describes them, keeping what the form does not show (lock state, demo flag). */
    User toUser(Optional<User> before) {
        return new User(new Username(username), displayName.strip(), officeCode(), roles, enabled,
                before.map(User::failedLogins).orElse(0), before.flatMap(User::lockedUntil),
                before.map(User::demo).orElse(false));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office == null ? "" : office.strip();
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }
}
