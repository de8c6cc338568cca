package pl.infolinia.server.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import pl.infolinia.server.office.OfficeCode;

/** Writes audit entries for the current request: the signed-in user and the client's address are filled in. */
@Component
public class Auditor {

    private final AuditLog log;
    private final Clock clock;

    Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(AuditAction action, String target, Optional<OfficeCode> office, String details) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null ? "anonymous" : authentication.getName();
        recordAs(actor, action, target, office, details);
    }

    /** For events where the actor is not (or not yet) the signed-in user, such as a failed login. */
    public void recordAs(String actor, AuditAction action, String target, Optional<OfficeCode> office,
            String details) {
        log.append(new AuditEntry(clock.instant(), actor, action, target, office, remoteAddress(), details));
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "local";
    }
}
