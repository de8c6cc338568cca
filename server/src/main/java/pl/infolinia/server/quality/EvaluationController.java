package pl.infolinia.server.quality;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.infolinia.recording.quality.Evaluation;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * One evaluation: the form version it was scored on with each criterion's weight and score, the
 * comments (each one seeks the player to its moment) and the total. Its office's overseers and the
 * consultant whose call it was may read it.
 */
@Controller
class EvaluationController {

    private final JdbcEvaluations evaluations;
    private final QualityAccess access;

    EvaluationController(JdbcEvaluations evaluations, QualityAccess access) {
        this.evaluations = evaluations;
        this.access = access;
    }

    @GetMapping("/quality/evaluations/{id}")
    String evaluation(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        Evaluation evaluation = evaluations.find(id).orElseThrow(() -> new NotFound("evaluation " + id));
        access.requireRead(me, evaluation);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("zone", QualityConfiguration.POLAND);
        return "quality/evaluation";
    }
}
