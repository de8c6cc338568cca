package pl.infolinia.server.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.infolinia.recording.quality.EvaluationForm;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * The quality page: for a supervisor or office administrator their office's forms and recent
 * evaluations, filtered by consultant and days of the call (an ADMIN picks the office); for a
 * consultant only their own evaluations.
 */
@Controller
class QualityController {

    private static final int RECENT = 50;

    private final JdbcEvaluationForms forms;
    private final JdbcEvaluations evaluations;
    private final QualityAccess access;

    QualityController(JdbcEvaluationForms forms, JdbcEvaluations evaluations, QualityAccess access) {
        this.forms = forms;
        this.evaluations = evaluations;
        this.access = access;
    }

    @GetMapping("/quality")
    String home(@RequestParam Optional<String> office, @RequestParam Optional<String> consultant,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
            @AuthenticationPrincipal SignedInUser me, Model model) {
        Optional<String> shown = office.map(String::trim).filter(o -> !o.isEmpty())
                .or(() -> me.office().map(o -> o.value()));
        office.filter(o -> !o.isBlank()).ifPresent(asked -> access.requireOversee(me, asked.trim()));
        boolean oversees = shown.filter(o -> access.oversees(me, o)).isPresent();
        Optional<String> agent = consultant.map(String::trim).filter(c -> !c.isEmpty());
        EvaluationSearch search = new EvaluationSearch(shown, agent, Optional.empty(),
                from.map(d -> d.atStartOfDay(QualityConfiguration.POLAND).toInstant()),
                to.map(d -> d.plusDays(1).atStartOfDay(QualityConfiguration.POLAND).toInstant()), RECENT);
        model.addAttribute("oversees", oversees);
        model.addAttribute("admin", me.isAdmin());
        model.addAttribute("office", shown.orElse(""));
        model.addAttribute("consultant", agent.orElse(""));
        model.addAttribute("from", from.map(LocalDate::toString).orElse(""));
        model.addAttribute("to", to.map(LocalDate::toString).orElse(""));
        model.addAttribute("forms", oversees ? forms.current(shown.get()) : List.of());
        // a consultant's search is narrowed to their own calls here
        model.addAttribute("evaluations", evaluations.search(access.scope(me, search)));
        model.addAttribute("zone", QualityConfiguration.POLAND);
        return "quality/home";
    }

    @PostMapping("/quality/forms/{id}/retire")
    String retire(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        EvaluationForm form = forms.find(id).orElseThrow(() -> new NotFound("evaluation form " + id));
        access.requireOversee(me, form.office());
        forms.retire(form);
        redirect.addFlashAttribute("retired", form.name());
        return "redirect:/quality?office=" + form.office();
    }
}
