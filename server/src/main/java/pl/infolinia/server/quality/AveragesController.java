package pl.infolinia.server.quality;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.infolinia.recording.quality.Grouping;
import pl.infolinia.recording.quality.Period;
import pl.infolinia.recording.quality.QualityAverages;
import pl.infolinia.server.security.SignedInUser;

/** Averages per consultant, queue or office by week or month: a supervisor's office, or any for an ADMIN. */
@Controller
class AveragesController {

    private static final int AVERAGED_AT_MOST = 100_000;

    private final JdbcEvaluations evaluations;
    private final QualityAverages averages;
    private final QualityAccess access;

    AveragesController(JdbcEvaluations evaluations, QualityAverages averages, QualityAccess access) {
        this.evaluations = evaluations;
        this.averages = averages;
        this.access = access;
    }

    @GetMapping("/quality/averages")
    String averages(@RequestParam(defaultValue = "CONSULTANT") Grouping by,
            @RequestParam(defaultValue = "MONTH") Period period, @RequestParam Optional<String> office,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
            @AuthenticationPrincipal SignedInUser me, Model model) {
        Optional<String> scope = access.averagesScope(me, office.map(String::trim).filter(o -> !o.isEmpty()));
        EvaluationSearch search = new EvaluationSearch(scope, Optional.empty(), Optional.empty(),
                from.map(d -> d.atStartOfDay(QualityConfiguration.POLAND).toInstant()),
                to.map(d -> d.plusDays(1).atStartOfDay(QualityConfiguration.POLAND).toInstant()), AVERAGED_AT_MOST);
        model.addAttribute("averages", averages.of(evaluations.search(search), by, period));
        model.addAttribute("by", by);
        model.addAttribute("period", period);
        model.addAttribute("groupings", Grouping.values());
        model.addAttribute("periods", Period.values());
        model.addAttribute("office", scope.orElse(""));
        model.addAttribute("admin", me.isAdmin());
        model.addAttribute("from", from.map(LocalDate::toString).orElse(""));
        model.addAttribute("to", to.map(LocalDate::toString).orElse(""));
        return "quality/averages";
    }
}
