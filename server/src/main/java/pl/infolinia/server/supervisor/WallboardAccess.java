package pl.infolinia.server.supervisor;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.web.NotFound;

/**
 * Who leads which office's floor: supervisors and office administrators their own office's, ADMIN
 * every office's. A refusal is an {@link AccessDeniedException}, answered with 403 and audited.
 */
@Component
class WallboardAccess {

    private final Offices offices;

    WallboardAccess(Offices offices) {
        this.offices = offices;
    }

    /**
     * The office a wallboard shows: the leader's own, or for ADMIN the one asked for (empty: all).
     *
     * @throws AccessDeniedException for a user who leads no floor, or asks for another office's
     */
    Optional<OfficeCode> scope(SignedInUser me, Optional<String> asked) {
        Optional<String> office = asked.filter(code -> !code.isBlank());
        if (me.isAdmin()) {
            return office.map(this::existing);
        }
        OfficeCode own = me.office().filter(code -> leads(me))
                .orElseThrow(() -> new AccessDeniedException(me.getUsername() + " leads no office's floor"));
        if (office.isPresent() && !office.get().equals(own.value())) {
            throw new AccessDeniedException("office " + office.get() + " is not " + me.getUsername() + "'s");
        }
        return Optional.of(own);
    }

    boolean mayLead(SignedInUser me, OfficeCode office) {
        return me.isAdmin() || leads(me) && me.office().filter(office::equals).isPresent();
    }

    void requireLead(SignedInUser me, OfficeCode office) {
        if (!mayLead(me, office)) {
            throw new AccessDeniedException(me.getUsername() + " does not lead office " + office + "'s floor");
        }
    }

    private static boolean leads(SignedInUser me) {
        return me.has(Role.SUPERVISOR) || me.has(Role.OFFICE_ADMIN);
    }

    private OfficeCode existing(String code) {
        if (!OfficeCode.isValid(code) || offices.find(new OfficeCode(code)).isEmpty()) {
            throw new NotFound("office " + code);
        }
        return new OfficeCode(code);
    }
}
