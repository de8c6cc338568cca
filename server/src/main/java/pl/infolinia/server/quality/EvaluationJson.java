package pl.infolinia.server.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pl.infolinia.recording.quality.Criterion;
import pl.infolinia.recording.quality.Evaluation;

/** An evaluation as {@code /api/quality} shows it: each criterion with its weight and score. */
record EvaluationJson(String id, String recording, String contact, String office, String queue, String consultant, Instant callStarted,
        String evaluator, Instant evaluatedAt, FormJson form, List<Scored> scores, List<Comment> comments,
        String summary, BigDecimal percent) {

    record Scored(String criterion, int weight, int points) {
    }

    record Comment(String at, String text) {
    }

    static EvaluationJson of(Evaluation e) {
        List<Criterion> criteria = e.form().criteria();
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            scored.add(new Scored(criteria.get(i).name(), criteria.get(i).weight(), e.scores().get(i).points()));
        }
        return new EvaluationJson(e.id(), e.call().recording(), e.call().contact(), e.call().office(), e.call().queue().orElse(null),
                e.call().consultant(), e.call().started(), e.evaluator(), e.evaluatedAt(), FormJson.of(e.form()),
                scored, e.comments().stream().map(c -> new Comment(c.at().text(), c.text())).toList(),
                e.summary().orElse(null), e.percent());
    }
}
