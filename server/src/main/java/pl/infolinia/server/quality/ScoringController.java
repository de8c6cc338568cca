package pl.infolinia.server.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.RecordingCatalog;
import pl.infolinia.recording.quality.Evaluation;
import pl.infolinia.recording.quality.EvaluationForm;
import pl.infolinia.recording.quality.InvalidEvaluation;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * The scoring panel beside a recording's player, fetched by htmx: a supervisor scores the call on
 * one of the office's forms and adds comments at the player's current time; everyone who may read
 * them sees the call's evaluations (a consultant only their own).
 */
@Controller
class ScoringController {

    private final RecordingCatalog catalog;
    private final JdbcEvaluationForms forms;
    private final JdbcEvaluations evaluations;
    private final CallScoring scoring;
    private final QualityAccess access;
    private final InvalidEvaluationText texts;

    ScoringController(RecordingCatalog catalog, JdbcEvaluationForms forms, JdbcEvaluations evaluations,
            CallScoring scoring, QualityAccess access, InvalidEvaluationText texts) {
        this.texts = texts;
        this.catalog = catalog;
        this.forms = forms;
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.access = access;
    }

    @GetMapping("/quality/recordings/{id}/panel")
    String panel(@PathVariable String id, @RequestParam Optional<String> form, @AuthenticationPrincipal SignedInUser me,
            Model model) {
        return panel(model, me, recording(id), form, new ScoreSheet(null, List.of(), List.of(), ""), Optional.empty());
    }

    /** Saves the evaluation and sends the browser to it; a refused sheet comes back as typed, with the reason. */
    @PostMapping("/quality/recordings/{id}/evaluations")
    String score(@PathVariable String id, @RequestParam Map<String, String> fields,
            @RequestParam(name = "commentAt", required = false) List<String> at,
            @RequestParam(name = "commentText", required = false) List<String> text,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response) {
        ArchivedRecording recording = recording(id);
        ScoreSheet sheet = sheet(fields, at, text);
        try {
            Evaluation saved = scoring.score(me, id, sheet);
            String page = "/quality/evaluations/" + saved.id();
            if (htmx == null) {
                return "redirect:" + page;
            }
            // htmx follows a redirect inside its request; this header makes it load the page instead
            response.setHeader("HX-Redirect", page);
            return "quality/panel :: saved";
        } catch (InvalidEvaluation e) {
            return panel(model, me, recording, Optional.ofNullable(sheet.form()), sheet, Optional.of(texts.of(e)));
        }
    }

    private String panel(Model model, SignedInUser me, ArchivedRecording recording, Optional<String> formId,
            ScoreSheet typed, Optional<String> error) {
        access.requireSeeCall(me, recording);
        boolean mayScore = recording.facts().office().filter(office -> access.oversees(me, office)).isPresent()
                && recording.facts().consultant().filter(c -> !c.equals(me.getUsername())).isPresent();
        List<EvaluationForm> offered = mayScore ? forms.current(recording.facts().office().get()) : List.of();
        Optional<EvaluationForm> chosen = formId.flatMap(f -> offered.stream().filter(o -> o.id().equals(f)).findFirst())
                .or(() -> offered.stream().findFirst());
        List<Evaluation> readable = evaluations.search(EvaluationSearch.ofRecording(recording.id())).stream()
                .filter(e -> access.oversees(me, e.call().office()) || e.call().consultant().equals(me.getUsername()))
                .toList();
        model.addAttribute("recording", recording);
        model.addAttribute("mayScore", mayScore);
        model.addAttribute("forms", offered);
        model.addAttribute("form", chosen.orElse(null));
        model.addAttribute("typed", typed);
        model.addAttribute("error", error.orElse(null));
        model.addAttribute("evaluations", readable);
        model.addAttribute("zone", QualityConfiguration.POLAND);
        return "quality/panel :: panel";
    }

    private static ScoreSheet sheet(Map<String, String> fields, List<String> at, List<String> text) {
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; fields.containsKey("score" + i) || fields.containsKey("criterion" + i); i++) {
            String value = fields.getOrDefault("score" + i, "");
            scores.add(value.matches("[0-5]") ? Integer.valueOf(value) : null);
        }
        List<ScoreSheet.Comment> comments = new ArrayList<>();
        for (int i = 0; at != null && i < at.size(); i++) {
            String t = text != null && i < text.size() ? text.get(i) : "";
            if (!at.get(i).isBlank() || !t.isBlank()) {
                comments.add(new ScoreSheet.Comment(at.get(i), t));
            }
        }
        return new ScoreSheet(fields.get("form"), scores, comments, fields.get("summary"));
    }

    private ArchivedRecording recording(String id) {
        return catalog.find(id).orElseThrow(() -> new NotFound("recording " + id));
    }
}
