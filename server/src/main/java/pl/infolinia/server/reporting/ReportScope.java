package pl.infolinia.server.reporting;

import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.infolinia.reporting.metric.Scope;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;

/**
 * Which calls a user's reports count: an ADMIN any office or all, a supervisor or office
 * administrator their own office only (asking for another is refused, 403 and audited).
 */
@Component
class ReportScope {

    private final OfficeAccess access;

    ReportScope(OfficeAccess access) {
        this.access = access;
    }

    Scope of(SignedInUser user, ReportRequest request) {
        Optional<pl.infolinia.server.office.OfficeCode> asked = request.office()
                .map(code -> {
                    if (!pl.infolinia.server.office.OfficeCode.isValid(code)) {
                        throw new InvalidReportRequest("office", "not an office code: '" + code + "'");
                    }
                    return new pl.infolinia.server.office.OfficeCode(code);
                });
        asked.ifPresent(office -> access.requireRead(user, office));
        Optional<pl.infolinia.server.office.OfficeCode> office = user.isAdmin() ? asked : user.office();
        if (!user.isAdmin() && office.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException(user.getUsername() + " has no office");
        }
        Scope scope = office.map(o -> Scope.office(pl.infolinia.contactcenter.OfficeCode.of(o.value()))).orElse(Scope.all());
        return request.queue().map(scope::queue).orElse(scope);
    }
}
