package pl.infolinia.recording.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervisor's evaluation of one recorded call on one version of the office's form: a score per
 * criterion (in the form's order), comments at moments of the recording and an optional summary.
 * The total is the weighted mean of the scores as a percentage of the best possible:
 * {@code sum(weight * points) / (5 * sum(weight)) * 100}.
 */
public record Evaluation(String id, EvaluatedCall call, EvaluationForm form, String evaluator, Instant evaluatedAt,
        List<Score> scores, List<TimedComment> comments, Optional<String> summary) {

    static final int MAX_SUMMARY = 2000;
    // the player reports fractions of a second; a comment at the very end rounds up past the whole seconds
    private static final Duration END_LEEWAY = Duration.ofSeconds(1);

    public Evaluation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        scores = List.copyOf(scores);
        comments = comments.stream().sorted(Comparator.comparing(c -> c.at().offset())).toList();
        summary = summary.map(String::strip).filter(s -> !s.isEmpty());
        if (!form.office().equals(call.office())) {
            throw new InvalidEvaluation("evaluation.office", "form '" + form.name() + "' is office " + form.office()
                    + "'s; the call was " + call.office() + "'s", form.name(), form.office(), call.office());
        }
        if (scores.size() != form.criteria().size()) {
            throw new InvalidEvaluation("evaluation.scores", "form '" + form.name() + "' has " + form.criteria().size()
                    + " criteria; give a score for each, not " + scores.size(), form.name(), form.criteria().size(),
                    scores.size());
        }
        if (evaluator.equals(call.consultant())) {
            throw new InvalidEvaluation("evaluation.own", evaluator + " cannot evaluate their own call", evaluator);
        }
        for (TimedComment comment : comments) {
            if (comment.at().offset().compareTo(call.duration().plus(END_LEEWAY)) > 0) {
                throw new InvalidEvaluation("evaluation.late", "comment at " + comment.at().text()
                        + " is past the call's end at " + new RecordingTime(call.duration()).text(), comment.at().text(),
                        new RecordingTime(call.duration()).text());
            }
        }
        if (summary.filter(s -> s.length() > MAX_SUMMARY).isPresent()) {
            throw new InvalidEvaluation("evaluation.summary", "summary: up to " + MAX_SUMMARY + " characters", MAX_SUMMARY);
        }
    }

    /** The weighted total, 0 to 100, to one decimal place (half up). */
    public BigDecimal percent() {
        return BigDecimal.valueOf(earned() * 100).divide(BigDecimal.valueOf(best()), 1, RoundingMode.HALF_UP);
    }

    /** Unrounded, so that averages round once. */
    double exactPercent() {
        return earned() * 100.0 / best();
    }

    private long earned() {
        long earned = 0;
        for (int i = 0; i < scores.size(); i++) {
            earned += (long) form.criteria().get(i).weight() * scores.get(i).points();
        }
        return earned;
    }

    private long best() {
        return (long) form.totalWeight() * Score.MAX;
    }
}
