package pl.infolinia.server.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.reporting.metric.Scope;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.security.SignedInUser;

/**
 * The report page: filters (days, interval, grouping, office, queue), the chart, the comparison
 * with the previous period, and the tables. Supervisors and office administrators see their office,
 * ADMIN any office or all. Reading it is audited, as it shows consultants' figures.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN', 'SUPERVISOR')")
class ReportController {

    private final HotlineReports reports;
    private final ReportFiles files;
    private final ReportScope scopes;
    private final Auditor auditor;
    private final Clock clock;

    ReportController(HotlineReports reports, ReportFiles files, ReportScope scopes, Auditor auditor, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.scopes = scopes;
        this.auditor = auditor;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String page(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
            @RequestParam Optional<String> interval, @RequestParam Optional<String> grouping,
            @RequestParam Optional<String> office, @RequestParam Optional<String> queue,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response) {
        model.addAttribute("intervals", java.util.Arrays.stream(IntervalLength.values())
                .filter(length -> length != IntervalLength.PERIOD).toList());
        model.addAttribute("groupings", Grouping.values());
        model.addAttribute("params", new Params(from.orElse(""), to.orElse(""), interval.orElse(""), grouping.orElse(""),
                office.orElse(""), queue.orElse("")));
        ReportRequest request;
        try {
            request = ReportRequest.parse(from, to, interval, grouping, office, queue, today());
        } catch (InvalidReportRequest problem) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", problem);
            return "reports/traffic";
        }
        Scope scope = scopes.of(me, request);
        auditor.record(AuditAction.REPORT_READ, "reports page", officeOf(scope), describe(request));
        model.addAttribute("report", reports.traffic(request, scope));
        model.addAttribute("scopeOffice", scope.office().map(Object::toString).orElse(""));
        return "reports/traffic";
    }

    @GetMapping("/reports/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam Optional<String> from,
            @RequestParam Optional<String> to, @RequestParam Optional<String> interval,
            @RequestParam Optional<String> grouping, @RequestParam Optional<String> office,
            @RequestParam Optional<String> queue, @AuthenticationPrincipal SignedInUser me) {
        ExportFormat kind = ExportFormat.of(format);
        ReportRequest request = ReportRequest.parse(from, to, interval, grouping, office, queue, today());
        Scope scope = scopes.of(me, request);
        ReportFiles.ReportFile file = files.file(request, scope, kind);
        auditor.record(AuditAction.REPORT_READ, "export " + kind.extension(), officeOf(scope), describe(request));
        return ResponseEntity.ok().contentType(file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name()).build().toString())
                .body(file.content());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportRequest.WARSAW));
    }

    static Optional<pl.infolinia.server.office.OfficeCode> officeOf(Scope scope) {
        return scope.office().map(code -> new pl.infolinia.server.office.OfficeCode(code.value()));
    }

    static String describe(ReportRequest request) {
        return request.from() + ".." + request.to() + " " + request.interval() + " " + request.grouping()
                + request.queue().map(q -> " queue " + q).orElse("");
    }

    /** The filters as typed, shown back in the form. */
    public record Params(String from, String to, String interval, String grouping, String office, String queue) {
    }
}
