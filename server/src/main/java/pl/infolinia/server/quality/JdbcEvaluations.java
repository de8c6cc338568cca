package pl.infolinia.server.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import pl.infolinia.recording.quality.EvaluatedCall;
import pl.infolinia.recording.quality.Evaluation;
import pl.infolinia.recording.quality.EvaluationForm;
import pl.infolinia.recording.quality.RecordingTime;
import pl.infolinia.recording.quality.Score;
import pl.infolinia.recording.quality.TimedComment;

/** Supervisors' evaluations in {@code quality_evaluation}, with their scores and comments. */
class JdbcEvaluations {

    private static final String COLUMNS = "id, recording_id, contact_id, form_id, office_code, queue_code, consultant,"
            + " call_started_at, call_duration_ms, evaluator, evaluated_at, summary";
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JdbcEvaluationForms forms;

    JdbcEvaluations(JdbcClient jdbc, TransactionTemplate transaction, JdbcEvaluationForms forms) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.forms = forms;
    }

    void add(Evaluation e) {
        EvaluatedCall call = e.call();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into quality_evaluation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(e.id(), call.recording(), call.contact(), e.form().id(), call.office(), call.queue().orElse(null),
                            call.consultant(), Timestamp.from(call.started()), call.duration().toMillis(), e.evaluator(),
                            Timestamp.from(e.evaluatedAt()), e.summary().orElse(null))
                    .update();
            for (int i = 0; i < e.scores().size(); i++) {
                jdbc.sql("insert into quality_score (evaluation_id, position, points) values (?, ?, ?)")
                        .params(e.id(), i, e.scores().get(i).points()).update();
            }
            for (int i = 0; i < e.comments().size(); i++) {
                TimedComment c = e.comments().get(i);
                jdbc.sql("insert into quality_comment (evaluation_id, position, at_ms, text) values (?, ?, ?, ?)")
                        .params(e.id(), i, c.at().offset().toMillis(), c.text()).update();
            }
        });
    }

    /**
     * Removes what evaluators wrote about a recording that was erased (its timed comments and the
     * summary may repeat what was said); the scores stay, so the averages keep their figures.
     */
    void eraseRemarks(String recordingId) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from quality_comment where evaluation_id in"
                    + " (select id from quality_evaluation where recording_id = ?)").param(recordingId).update();
            jdbc.sql("update quality_evaluation set summary = null where recording_id = ?").param(recordingId).update();
        });
    }

    Optional<Evaluation> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from quality_evaluation where id = ?").param(id).query(this::header)
                .optional().map(h -> complete(h, new HashMap<>()));
    }

    /** The evaluations passing the filters, the most recent call first. */
    List<Evaluation> search(EvaluationSearch search) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from quality_evaluation where 1 = 1");
        List<Object> params = new ArrayList<>();
        search.office().ifPresent(office -> condition(sql, params, " and office_code = ?", office));
        search.consultant().ifPresent(agent -> condition(sql, params, " and consultant = ?", agent));
        search.recording().ifPresent(recording -> condition(sql, params, " and recording_id = ?", recording));
        search.from().ifPresent(from -> condition(sql, params, " and call_started_at >= ?", Timestamp.from(from)));
        search.to().ifPresent(to -> condition(sql, params, " and call_started_at < ?", Timestamp.from(to)));
        sql.append(" order by call_started_at desc, evaluated_at desc, id limit ").append(search.limit());
        List<Header> headers = jdbc.sql(sql.toString()).params(params).query(this::header).list();
        Map<String, List<Score>> scores = new HashMap<>();
        Map<String, List<TimedComment>> comments = new HashMap<>();
        // scores and comments of a page of evaluations at a time, not one query per evaluation
        for (int from = 0; from < headers.size(); from += BATCH) {
            List<String> ids = headers.subList(from, Math.min(headers.size(), from + BATCH)).stream().map(Header::id)
                    .toList();
            String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
            jdbc.sql("select evaluation_id, points from quality_score where evaluation_id in (" + in + ")"
                    + " order by evaluation_id, position").params(ids).query(rs -> {
                        scores.computeIfAbsent(rs.getString("evaluation_id"), id -> new ArrayList<>())
                                .add(new Score(rs.getInt("points")));
                    });
            jdbc.sql("select evaluation_id, at_ms, text from quality_comment where evaluation_id in (" + in + ")"
                    + " order by evaluation_id, position").params(ids).query(rs -> {
                        comments.computeIfAbsent(rs.getString("evaluation_id"), id -> new ArrayList<>())
                                .add(comment(rs));
                    });
        }
        Map<String, EvaluationForm> formsSeen = new HashMap<>();
        return headers.stream().map(h -> evaluation(h, form(h, formsSeen), scores.getOrDefault(h.id(), List.of()),
                comments.getOrDefault(h.id(), List.of()))).toList();
    }

    private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
        sql.append(clause);
        params.add(value);
    }

    private record Header(String id, EvaluatedCall call, String form, String evaluator, Instant evaluatedAt,
            Optional<String> summary) {
    }

    private Header header(ResultSet rs, int number) throws SQLException {
        EvaluatedCall call = new EvaluatedCall(rs.getString("recording_id"), rs.getString("contact_id"),
                rs.getString("office_code"),
                Optional.ofNullable(rs.getString("queue_code")), rs.getString("consultant"),
                rs.getTimestamp("call_started_at").toInstant(), Duration.ofMillis(rs.getLong("call_duration_ms")));
        return new Header(rs.getString("id"), call, rs.getString("form_id"), rs.getString("evaluator"),
                rs.getTimestamp("evaluated_at").toInstant(), Optional.ofNullable(rs.getString("summary")));
    }

    // scores and comments are read after the header's result set is closed
    private Evaluation complete(Header h, Map<String, EvaluationForm> formsSeen) {
        List<Score> scores = jdbc.sql("select points from quality_score where evaluation_id = ? order by position")
                .param(h.id()).query((rs, n) -> new Score(rs.getInt("points"))).list();
        List<TimedComment> comments = jdbc.sql("select at_ms, text from quality_comment where evaluation_id = ?"
                + " order by position").param(h.id()).query((rs, n) -> comment(rs)).list();
        return evaluation(h, form(h, formsSeen), scores, comments);
    }

    private EvaluationForm form(Header h, Map<String, EvaluationForm> formsSeen) {
        return formsSeen.computeIfAbsent(h.form(), id -> forms.find(id)
                .orElseThrow(() -> new IllegalStateException("form " + id + " of evaluation " + h.id() + " is missing")));
    }

    private static TimedComment comment(ResultSet rs) throws SQLException {
        return new TimedComment(new RecordingTime(Duration.ofMillis(rs.getLong("at_ms"))), rs.getString("text"));
    }

    private static Evaluation evaluation(Header h, EvaluationForm form, List<Score> scores, List<TimedComment> comments) {
        return new Evaluation(h.id(), h.call(), form, h.evaluator(), h.evaluatedAt(), scores, comments, h.summary());
    }
}
