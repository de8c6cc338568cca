package pl.infolinia.server.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.metric.AgentState;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.reporting.metric.Scope;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.security.SignedInUser;

/**
 * Reports in the JSON API: {@code GET /api/reports} lists the report definitions (their
 * parameters and figures; scheduled reports by e-mail are at {@code /api/report-subscriptions}), {@code GET /api/reports/traffic} and {@code /consultants} compute them.
 * Same roles and office scoping as the pages; bad parameters are 400 with the field.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN', 'SUPERVISOR')")
class ReportApiController {

    private static final List<String> TRAFFIC_FIGURES = List.of("offered", "answered", "abandoned", "shortAbandoned",
            "overflowed", "answeredInTarget", "serviceLevel", "answeredShare", "asaSeconds", "ahtSeconds",
            "longestWaitSeconds", "handled", "callbacksRequested", "callbacksCompleted");

    private final HotlineReports reports;
    private final ReportScope scopes;
    private final Auditor auditor;
    private final Clock clock;

    ReportApiController(HotlineReports reports, ReportScope scopes, Auditor auditor, Clock clock) {
        this.reports = reports;
        this.scopes = scopes;
        this.auditor = auditor;
        this.clock = clock;
    }

    @GetMapping("/api/reports")
    List<Definition> definitions() {
        List<String> parameters = List.of("from", "to", "interval", "grouping", "office", "queue");
        List<String> intervals = Arrays.stream(IntervalLength.values()).map(Enum::name).toList();
        return List.of(
                new Definition("traffic", "/api/reports/traffic", parameters, intervals,
                        Arrays.stream(Grouping.values()).map(Enum::name).toList(), TRAFFIC_FIGURES),
                new Definition("consultants", "/api/reports/consultants", List.of("from", "to", "office"), List.of("PERIOD"),
                        List.of("CONSULTANT"), List.of("answered", "ahtSeconds", "stateSeconds", "occupancy",
                        "ringsNotAnswered")),
                // the Chancellery's summary for publishing (KPRM and ADMIN; months as YYYY-MM, language pl or en)
                new Definition("public-summary", "/reports/public/export.csv", List.of("from", "to", "language"),
                        List.of("MONTH"), List.of("TOTAL", "TOPIC"), List.of("calls", "answered", "answeredShare")));
    }

    @GetMapping("/api/reports/traffic")
    TrafficJson traffic(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
            @RequestParam Optional<String> interval, @RequestParam Optional<String> grouping,
            @RequestParam Optional<String> office, @RequestParam Optional<String> queue,
            @AuthenticationPrincipal SignedInUser me) {
        ReportRequest request = ReportRequest.parse(from, to, interval, grouping, office, queue, today());
        Scope scope = scopes.of(me, request);
        TrafficReport report = reports.traffic(request, scope);
        auditor.record(AuditAction.REPORT_READ, "api traffic", ReportController.officeOf(scope),
                ReportController.describe(request));
        return new TrafficJson(request.from(), request.to(), request.interval(), request.grouping(),
                scope.office().map(Object::toString).orElse(null), report.lines().stream().map(Row::of).toList(),
                Row.of(report.total()), Row.of(report.previousTotal()));
    }

    @GetMapping("/api/reports/consultants")
    List<ConsultantJson> consultants(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
            @RequestParam Optional<String> office, @AuthenticationPrincipal SignedInUser me) {
        ReportRequest request = ReportRequest.parse(from, to, Optional.of("DAY"), Optional.empty(), office,
                Optional.empty(), today());
        Scope scope = scopes.of(me, request);
        auditor.record(AuditAction.REPORT_READ, "api consultants", ReportController.officeOf(scope),
                ReportController.describe(request));
        return reports.traffic(request, scope).consultants().stream().map(ConsultantJson::of).toList();
    }

    @ExceptionHandler(InvalidReportRequest.class)
    ResponseEntity<Map<String, String>> invalid(InvalidReportRequest problem) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_input", "field", problem.field(),
                "message", problem.getMessage()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportRequest.WARSAW));
    }

    record Definition(String name, String href, List<String> parameters, List<String> intervals, List<String> groupings,
            List<String> figures) {
    }

    record TrafficJson(LocalDate from, LocalDate to, IntervalLength interval, Grouping grouping, String office,
            List<Row> rows, Row total, Row previousTotal) {
    }

    record Row(String interval, String group, int offered, int answered, int abandoned, int shortAbandoned,
            int overflowed, int answeredInTarget, Double serviceLevel, Double answeredShare, Long asaSeconds,
            Long ahtSeconds, long longestWaitSeconds, int handled, int callbacksRequested, int callbacksCompleted) {

        static Row of(TrafficLine line) {
            var f = line.figures();
            return new Row(line.interval(), line.group(), f.offered(), f.answered(), f.abandoned(), f.shortAbandoned(),
                    f.overflowed(), f.answeredInTarget(), f.serviceLevel().orElse(null), f.answeredShare().orElse(null),
                    line.asaSeconds(), line.ahtSeconds(), line.longestWaitSeconds(), f.handled(), f.callbacksRequested(),
                    f.callbacksCompleted());
        }
    }

    record ConsultantJson(String agent, int answered, Long ahtSeconds, Map<AgentState, Long> stateSeconds, Double occupancy,
            int ringsNotAnswered) {

        static ConsultantJson of(ConsultantLine line) {
            Map<AgentState, Long> seconds = new java.util.EnumMap<>(AgentState.class);
            line.figures().stateTimes().forEach((state, time) -> seconds.put(state, TrafficLine.seconds(time)));
            return new ConsultantJson(line.agent(), line.figures().calls().answered(), line.ahtSeconds(), seconds,
                    line.figures().occupancy().orElse(null), line.figures().ringsNotAnswered());
        }
    }
}
