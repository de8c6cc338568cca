package pl.infolinia.server.quality;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.recording.quality.Average;
import pl.infolinia.recording.quality.EvaluationForm;
import pl.infolinia.recording.quality.Grouping;
import pl.infolinia.recording.quality.InvalidEvaluation;
import pl.infolinia.recording.quality.Period;
import pl.infolinia.recording.quality.QualityAverages;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * Quality management as JSON: an office's forms (saving one under a used name saves its next
 * version), scoring a recording, reading evaluations (a consultant only their own) and averages
 * per consultant, queue or office by week or month. Bad input is 400 and stores nothing.
 */
@RestController
@RequestMapping("/api/quality")
class QualityApiController {

    private static final int MAX_LIMIT = 1000;
    private static final int AVERAGED_AT_MOST = 100_000;

    private final JdbcEvaluationForms forms;
    private final JdbcEvaluations evaluations;
    private final CallScoring scoring;
    private final QualityAccess access;
    private final QualityAverages averages;
    private final Clock clock;

    QualityApiController(JdbcEvaluationForms forms, JdbcEvaluations evaluations, CallScoring scoring,
            QualityAccess access, QualityAverages averages, Clock clock) {
        this.forms = forms;
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.access = access;
        this.averages = averages;
        this.clock = clock;
    }

    @GetMapping("/forms")
    List<FormJson> forms(@RequestParam String office, @AuthenticationPrincipal SignedInUser me) {
        access.requireOversee(me, office);
        return forms.current(office).stream().map(FormJson::of).toList();
    }

    @GetMapping("/forms/{id}")
    FormJson form(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        EvaluationForm form = forms.find(id).orElseThrow(() -> new NotFound("evaluation form " + id));
        access.requireOversee(me, form.office());
        return FormJson.of(form);
    }

    /** Saves version 1 of a new form, or the next version of the office's form of that name. */
    @PostMapping("/forms")
    ResponseEntity<FormJson> saveForm(@RequestBody FormJson.Asked asked, @AuthenticationPrincipal SignedInUser me) {
        if (asked.office() == null || asked.office().isBlank()) {
            throw new InvalidEvaluation("form.office", "office: the code of the office whose form this is");
        }
        access.requireOversee(me, asked.office());
        EvaluationForm form = forms.save(asked.office(), asked.name() == null ? "" : asked.name(),
                asked.criteriaOrNone(), me.getUsername(), clock.instant());
        return ResponseEntity.created(URI.create("/api/quality/forms/" + form.id())).body(FormJson.of(form));
    }

    @PostMapping("/forms/{id}/retire")
    ResponseEntity<Void> retire(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        EvaluationForm form = forms.find(id).orElseThrow(() -> new NotFound("evaluation form " + id));
        access.requireOversee(me, form.office());
        forms.retire(form);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/recordings/{recording}/evaluations")
    ResponseEntity<EvaluationJson> score(@PathVariable String recording, @RequestBody ScoreSheet sheet,
            @AuthenticationPrincipal SignedInUser me) {
        EvaluationJson saved = EvaluationJson.of(scoring.score(me, recording, sheet));
        return ResponseEntity.created(URI.create("/api/quality/evaluations/" + saved.id())).body(saved);
    }

    @GetMapping("/evaluations")
    List<EvaluationJson> evaluations(@RequestParam Optional<String> office, @RequestParam Optional<String> consultant,
            @RequestParam Optional<String> recording, @RequestParam Optional<Instant> from,
            @RequestParam Optional<Instant> to, @RequestParam(defaultValue = "100") int limit,
            @AuthenticationPrincipal SignedInUser me) {
        EvaluationSearch asked = new EvaluationSearch(given(office), given(consultant), given(recording), from, to,
                Math.clamp(limit, 1, MAX_LIMIT));
        return evaluations.search(access.scope(me, asked)).stream().map(EvaluationJson::of).toList();
    }

    @GetMapping("/evaluations/{id}")
    EvaluationJson evaluation(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        var evaluation = evaluations.find(id).orElseThrow(() -> new NotFound("evaluation " + id));
        access.requireRead(me, evaluation);
        return EvaluationJson.of(evaluation);
    }

    /** Averages of the office's evaluations (every office's for an ADMIN who names none). */
    @GetMapping("/averages")
    List<Average> averages(@RequestParam(defaultValue = "CONSULTANT") Grouping by,
            @RequestParam(defaultValue = "MONTH") Period period, @RequestParam Optional<String> office,
            @RequestParam Optional<Instant> from, @RequestParam Optional<Instant> to,
            @AuthenticationPrincipal SignedInUser me) {
        Optional<String> scope = access.averagesScope(me, given(office));
        return averages.of(evaluations.search(new EvaluationSearch(scope, Optional.empty(), Optional.empty(), from, to,
                AVERAGED_AT_MOST)), by, period);
    }

    @ExceptionHandler(InvalidEvaluation.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidEvaluation e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("status", 400, "error", "invalid", "message", e.getMessage()));
    }

    private static Optional<String> given(Optional<String> value) {
        return value.map(String::trim).filter(v -> !v.isEmpty());
    }
}
