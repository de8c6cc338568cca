package pl.infolinia.server.publicsummary;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.security.SignedInUser;

/**
 * The public summary's page for the Chancellery (KPRM's supervisors and office administrators,
 * and ADMIN): a preview and the files to publish, a self-contained HTML page and a CSV file, in
 * Polish or English. Other offices are refused (403, audited); exports are audited.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN', 'SUPERVISOR')")
class PublicSummaryController {

    static final OfficeCode CHANCELLERY = new OfficeCode("KPRM");

    private final PublicSummaries summaries;
    private final ITemplateEngine templates;
    private final Auditor auditor;
    private final Clock clock;

    PublicSummaryController(PublicSummaries summaries, ITemplateEngine templates, Auditor auditor, Clock clock) {
        this.summaries = summaries;
        this.templates = templates;
        this.auditor = auditor;
        this.clock = clock;
    }

    @GetMapping("/reports/public")
    String page(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response) {
        requireChancellery(me);
        model.addAttribute("threshold", PublishedCount.THRESHOLD);
        model.addAttribute("params", Map.of("from", from.orElse(""), "to", to.orElse("")));
        try {
            SummaryRequest request = SummaryRequest.parse(from, to, Optional.empty(), currentMonth());
            model.addAttribute("request", request);
            model.addAttribute("summary", summaries.of(request.from(), request.to()));
        } catch (InvalidSummaryRequest problem) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", problem);
        }
        return "publicsummary/page";
    }

    @GetMapping("/reports/public/export.{format}")
    ResponseEntity<?> export(@PathVariable String format, @RequestParam Optional<String> from,
            @RequestParam Optional<String> to, @RequestParam Optional<String> language,
            @AuthenticationPrincipal SignedInUser me) {
        requireChancellery(me);
        SummaryRequest request;
        try {
            request = SummaryRequest.parse(from, to, language, currentMonth());
            if (!format.equals("html") && !format.equals("csv")) {
                throw new InvalidSummaryRequest("format", "html or csv, not '" + format + "'");
            }
        } catch (InvalidSummaryRequest problem) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid_input", "field", problem.field(),
                    "message", problem.getMessage()));
        }
        PublicSummary summary = summaries.of(request.from(), request.to());
        byte[] body;
        MediaType type;
        if (format.equals("csv")) {
            body = SummaryCsv.write(summary);
            type = MediaType.parseMediaType("text/csv;charset=UTF-8");
        } else {
            body = published(summary, request).getBytes(StandardCharsets.UTF_8);
            type = MediaType.parseMediaType("text/html;charset=UTF-8");
        }
        auditor.record(AuditAction.PUBLIC_SUMMARY_EXPORTED, "public summary " + format, Optional.empty(),
                request.from() + ".." + request.to() + " " + request.language().getLanguage());
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(request.fileName() + "." + format).build().toString())
                .body(body);
    }

    /** The self-contained page: styles inline, no scripts, no links back to the server. */
    private String published(PublicSummary summary, SummaryRequest request) {
        Context context = new Context(request.language(), Map.of("summary", summary, "threshold", PublishedCount.THRESHOLD,
                "generated", java.time.LocalDate.now(clock.withZone(PublicSummaries.WARSAW))));
        return templates.process("publicsummary/published", context);
    }

    private static void requireChancellery(SignedInUser me) {
        if (!me.isAdmin() && me.office().filter(CHANCELLERY::equals).isEmpty()) {
            throw new AccessDeniedException("the public summary is the Chancellery's (KPRM), not " + me.getUsername() + "'s");
        }
    }

    private YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(PublicSummaries.WARSAW));
    }
}
