package pl.infolinia.server.quality;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.quality.EvaluatedCall;
import pl.infolinia.recording.quality.Evaluation;
import pl.infolinia.recording.quality.EvaluationForm;
import pl.infolinia.recording.quality.InvalidEvaluation;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * Scores a recorded call (audited): checks that the user oversees the call's office, that the form is the
 * office's current version and the sheet is complete, then stores the evaluation. Nothing is stored
 * when any of it fails.
 */
class CallScoring {

    private final ArchivedCalls calls;
    private final JdbcEvaluationForms forms;
    private final JdbcEvaluations evaluations;
    private final QualityAccess access;
    private final Auditor auditor;
    private final Clock clock;

    CallScoring(ArchivedCalls calls, JdbcEvaluationForms forms, JdbcEvaluations evaluations, QualityAccess access,
            Auditor auditor, Clock clock) {
        this.calls = calls;
        this.forms = forms;
        this.evaluations = evaluations;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    Evaluation score(SignedInUser me, String recordingId, ScoreSheet sheet) {
        ArchivedRecording recording = calls.kept(recordingId);
        access.requireScore(me, recording);
        if (sheet.form() == null || sheet.form().isBlank()) {
            throw new InvalidEvaluation("sheet.form", "choose the form to score the call on");
        }
        EvaluationForm form = forms.find(sheet.form()).orElseThrow(() -> new NotFound("evaluation form " + sheet.form()));
        access.requireOversee(me, form.office());
        if (!forms.isCurrent(form)) {
            throw new InvalidEvaluation("sheet.replaced", "form '" + form.name() + "' version " + form.version()
                    + " has been replaced or retired; score on the current version", form.name(), form.version());
        }
        Evaluation evaluation = new Evaluation(UUID.randomUUID().toString(), evaluatedCall(recording), form,
                me.getUsername(), clock.instant(), sheet.points(), sheet.timedComments(), sheet.summaryText());
        evaluations.add(evaluation);
        auditor.record(AuditAction.QUALITY_EVALUATED, recording.id(), Optional.of(new OfficeCode(form.office())),
                "evaluation " + evaluation.id() + " of " + evaluation.call().consultant() + " on " + form.name()
                        + " v" + form.version());
        return evaluation;
    }

    private static EvaluatedCall evaluatedCall(ArchivedRecording recording) {
        String consultant = recording.facts().consultant().orElseThrow(() -> new InvalidEvaluation("sheet.noConsultant",
                "recording " + recording.id() + " has no consultant to evaluate (the call was not answered)"));
        return new EvaluatedCall(recording.id(), recording.contact(), recording.facts().office().orElseThrow(), recording.facts().queue(),
                consultant, recording.started(), recording.duration());
    }
}
