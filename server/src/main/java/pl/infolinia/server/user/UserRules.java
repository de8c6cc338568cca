package pl.infolinia.server.user;

import org.springframework.validation.Errors;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;

/**
 * The checks a user form passes beyond its fields: office roles need an office, only an ADMIN
 * grants ADMIN or places users in other offices.
 */
final class UserRules {

    private UserRules() {
    }

    static void check(UserForm form, SignedInUser me, Offices offices, OfficeAccess access, Errors errors) {
        if (form.getRoles().isEmpty()) {
            errors.rejectValue("roles", "user.roles.required");
        }
        if (form.getRoles().contains(Role.ADMIN) && !me.isAdmin()) {
            errors.rejectValue("roles", "user.roles.adminOnly");
        }
        boolean officeRoles = form.getRoles().stream().anyMatch(role -> role != Role.ADMIN);
        if (form.officeCode().isEmpty()) {
            if (officeRoles) {
                errors.rejectValue("office", "user.office.required");
            }
        } else if (offices.find(form.officeCode().get()).isEmpty()) {
            errors.rejectValue("office", "user.office.unknown");
        } else if (!access.canManage(me, form.officeCode().get())) {
            errors.rejectValue("office", "user.office.notYours");
        }
    }

    static void checkPassword(String password, Errors errors) {
        if (!isStrongEnough(password)) {
            errors.rejectValue("password", "user.password.tooShort");
        }
    }

    static boolean isStrongEnough(String password) {
        return password.length() >= UserForm.MIN_PASSWORD_LENGTH;
    }
}
