package pl.infolinia.server.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;

/** Answers 403 (JSON under /api, the error page elsewhere) and writes the refusal to the audit log. */
final class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final Auditor auditor;
    private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

    AuditingAccessDeniedHandler(Auditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String reason = denied instanceof CsrfException ? "missing or invalid CSRF token" : denied.getMessage();
        auditor.record(AuditAction.ACCESS_DENIED, request.getMethod() + " " + request.getRequestURI(),
                Optional.empty(), reason);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                    "You may not do this: it belongs to another office or needs another role.");
        } else {
            page.handle(request, response, denied);
        }
    }
}
