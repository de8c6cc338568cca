package pl.infolinia.server.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;

/**
 * The audit log for administrators: an ADMIN reads all of it, an office administrator their office's part.
 * Reading it is itself audited.
 */
@Controller
class AuditController {

    private static final int MAX_LIMIT = 1000;

    private final AuditLog log;
    private final OfficeAccess access;
    private final Auditor auditor;

    AuditController(AuditLog log, OfficeAccess access, Auditor auditor) {
        this.log = log;
        this.access = access;
        this.auditor = auditor;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam Optional<String> office, @AuthenticationPrincipal SignedInUser me, Model model) {
        Optional<OfficeCode> scope = scope(office, me);
        model.addAttribute("entries", read(scope, 200));
        model.addAttribute("scope", scope.map(OfficeCode::value).orElse(""));
        return "audit/list";
    }

    @GetMapping("/api/audit")
    @ResponseBody
    List<AuditEntryJson> api(@RequestParam Optional<String> office, @RequestParam(defaultValue = "100") int limit,
            @AuthenticationPrincipal SignedInUser me) {
        return read(scope(office, me), Math.clamp(limit, 1, MAX_LIMIT)).stream().map(AuditEntryJson::of).toList();
    }

    private Optional<OfficeCode> scope(Optional<String> office, SignedInUser me) {
        return access.managedScope(me, office.filter(OfficeCode::isValid).map(OfficeCode::new));
    }

    private List<AuditEntry> read(Optional<OfficeCode> scope, int limit) {
        auditor.record(AuditAction.AUDIT_LOG_READ, "audit log", scope, "last " + limit);
        return log.recent(scope, limit);
    }

    /** An audit entry as the API shows it. */
    record AuditEntryJson(String at, String actor, AuditAction action, String target, String office,
            String remoteAddress, String details) {

        static AuditEntryJson of(AuditEntry entry) {
            return new AuditEntryJson(entry.at().toString(), entry.actor(), entry.action(), entry.target(),
                    entry.office().map(OfficeCode::value).orElse(null), entry.remoteAddress(), entry.details());
        }
    }
}
