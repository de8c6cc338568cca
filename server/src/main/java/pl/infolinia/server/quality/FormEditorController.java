package pl.infolinia.server.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.infolinia.recording.quality.Criterion;
import pl.infolinia.recording.quality.EvaluationForm;
import pl.infolinia.recording.quality.InvalidEvaluation;
import pl.infolinia.server.security.SignedInUser;

/**
 * The form editor: a new form, or the next version of one, as rows of name, description and
 * weight. Blank rows are skipped; a refused form is shown again as typed, with the reason.
 */
@Controller
class FormEditorController {

    private static final int SPARE_ROWS = 3;
    private static final int MAX_ROWS = 30;

    private final JdbcEvaluationForms forms;
    private final QualityAccess access;
    private final Clock clock;
    private final InvalidEvaluationText texts;

    FormEditorController(JdbcEvaluationForms forms, QualityAccess access, Clock clock, InvalidEvaluationText texts) {
        this.forms = forms;
        this.access = access;
        this.clock = clock;
        this.texts = texts;
    }

    /** Row of the editor as typed (weight as text, so that a wrong number comes back as it was). */
    record Row(String name, String description, String weight) {
    }

    @GetMapping("/quality/forms/edit")
    String edit(@RequestParam String office, @RequestParam Optional<String> name,
            @AuthenticationPrincipal SignedInUser me, Model model) {
        access.requireOversee(me, office);
        Optional<EvaluationForm> current = name.flatMap(n -> forms.current(office).stream()
                .filter(f -> f.name().equals(n)).findFirst());
        List<Row> typed = new ArrayList<>(current.map(f -> f.criteria().stream()
                .map(c -> new Row(c.name(), c.description().orElse(""), Integer.toString(c.weight()))).toList())
                .orElse(List.of()));
        return editor(model, office, name.orElse(""), typed, 0, Optional.empty());
    }

    @PostMapping("/quality/forms")
    String save(@RequestParam String office, @RequestParam String name,
            @RequestParam(name = "criterionName", required = false) List<String> names,
            @RequestParam(name = "criterionDescription", required = false) List<String> descriptions,
            @RequestParam(name = "criterionWeight", required = false) List<String> weights,
            @RequestParam Optional<String> more, @AuthenticationPrincipal SignedInUser me, Model model,
            RedirectAttributes redirect) {
        access.requireOversee(me, office);
        List<Row> typed = new ArrayList<>();
        for (int i = 0; names != null && i < names.size() && i < MAX_ROWS; i++) {
            typed.add(new Row(names.get(i), at(descriptions, i), at(weights, i)));
        }
        if (more.isPresent()) {
            // "more rows" keeps what was typed and adds blank rows; nothing is saved yet
            return editor(model, office, name, typed, SPARE_ROWS, Optional.empty());
        }
        try {
            EvaluationForm form = forms.save(office, name, criteria(typed), me.getUsername(), clock.instant());
            redirect.addFlashAttribute("saved", List.of(form.name(), form.version()));
            return "redirect:/quality?office=" + office;
        } catch (InvalidEvaluation e) {
            return editor(model, office, name, typed, 0, Optional.of(texts.of(e)));
        }
    }

    private static List<Criterion> criteria(List<Row> typed) {
        List<Criterion> criteria = new ArrayList<>();
        for (Row row : typed) {
            if (row.name().isBlank() && row.description().isBlank() && row.weight().isBlank()) {
                continue;
            }
            int weight;
            try {
                weight = Integer.parseInt(row.weight().strip());
            } catch (NumberFormatException e) {
                throw new InvalidEvaluation("criterion.weight", "criterion '" + row.name().strip()
                        + "': weight 1 to 100, not '" + row.weight() + "'", row.name().strip(), Criterion.MAX_WEIGHT,
                        row.weight());
            }
            criteria.add(new Criterion(row.name(), Optional.of(row.description()), weight));
        }
        return criteria;
    }

    private String editor(Model model, String office, String name, List<Row> typed, int extra, Optional<String> error) {
        List<Row> rows = new ArrayList<>(typed);
        int wanted = Math.min(MAX_ROWS, rows.size() + Math.max(SPARE_ROWS, extra));
        while (rows.size() < wanted) {
            rows.add(new Row("", "", ""));
        }
        model.addAttribute("office", office);
        model.addAttribute("name", name);
        model.addAttribute("rows", rows);
        model.addAttribute("error", error.orElse(null));
        return "quality/editor";
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }
}
