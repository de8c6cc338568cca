package pl.infolinia.server.user;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/** Users as JSON: oneself, and the colleagues of one's own office (all offices for an ADMIN). */
@RestController
class UserApiController {

    private final Users users;
    private final Offices offices;
    private final OfficeAccess access;

    UserApiController(Users users, Offices offices, OfficeAccess access) {
        this.users = users;
        this.offices = offices;
        this.access = access;
    }

    @GetMapping("/api/users/me")
    UserJson me(@AuthenticationPrincipal SignedInUser me) {
        return users.find(new Username(me.getUsername())).map(UserJson::of)
                .orElseThrow(() -> new NotFound("user " + me.getUsername()));
    }

    @GetMapping("/api/offices/{code}/users")
    List<UserJson> ofOffice(@PathVariable String code, @AuthenticationPrincipal SignedInUser me) {
        if (!OfficeCode.isValid(code)) {
            throw new NotFound("office " + code);
        }
        OfficeCode office = new OfficeCode(code);
        // refuse before looking the office up, so that a refusal says nothing about what exists
        access.requireRead(me, office);
        offices.find(office).orElseThrow(() -> new NotFound("office " + code));
        return users.inOffice(office).stream().map(UserJson::of).toList();
    }

    /** A user as the API shows them: no password hash, no lock details. */
    record UserJson(String username, String displayName, String office, Set<Role> roles, boolean enabled) {

        static UserJson of(User user) {
            return new UserJson(user.username().value(), user.displayName(),
                    user.office().map(OfficeCode::value).orElse(null), user.roles(), user.enabled());
        }
    }
}
