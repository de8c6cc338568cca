package pl.infolinia.server.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import pl.infolinia.recording.quality.Criterion;
import pl.infolinia.recording.quality.EvaluationForm;
import pl.infolinia.recording.quality.InvalidEvaluation;

/**
 * The offices' evaluation forms in {@code quality_form} and {@code quality_criterion}. Saving a form
 * under a name the office already uses saves its next version; no version is ever updated.
 */
class JdbcEvaluationForms {

    private static final String COLUMNS = "id, office_code, name, version";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcEvaluationForms(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Saves the criteria as the next version of the office's form of that name (version 1 if new). */
    EvaluationForm save(String office, String name, List<Criterion> criteria, String by, Instant at) {
        return transaction.execute(status -> {
            if (jdbc.sql("select count(*) from office where code = ?").param(office).query(Integer.class).single() == 0) {
                throw new InvalidEvaluation("form.unknownOffice", "no office " + office, office);
            }
            int latest = jdbc.sql("select coalesce(max(version), 0) from quality_form where office_code = ? and name = ?")
                    .params(office, name.strip()).query(Integer.class).single();
            EvaluationForm form = new EvaluationForm(UUID.randomUUID().toString(), office, name, latest + 1, criteria);
            jdbc.sql("insert into quality_form (id, office_code, name, version, created_at, created_by) values (?, ?, ?, ?, ?, ?)")
                    .params(form.id(), office, form.name(), form.version(), Timestamp.from(at), by).update();
            for (int i = 0; i < criteria.size(); i++) {
                Criterion c = form.criteria().get(i);
                jdbc.sql("insert into quality_criterion (form_id, position, name, description, weight) values (?, ?, ?, ?, ?)")
                        .params(form.id(), i, c.name(), c.description().orElse(null), c.weight()).update();
            }
            return form;
        });
    }

    Optional<EvaluationForm> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from quality_form where id = ?").param(id).query(this::header).optional().map(this::withCriteria);
    }

    /** The newest version of each of the office's forms that is not retired, by name. */
    List<EvaluationForm> current(String office) {
        return jdbc.sql("select " + COLUMNS + " from quality_form f where office_code = ? and retired = false"
                + " and version = (select max(version) from quality_form g where g.office_code = f.office_code"
                + " and g.name = f.name) order by name").param(office).query(this::header).list().stream().map(this::withCriteria).toList();
    }

    /** Whether the form is its name's newest version and not retired: the one to score new calls on. */
    boolean isCurrent(EvaluationForm form) {
        return current(form.office()).stream().anyMatch(f -> f.id().equals(form.id()));
    }

    /** Takes every version of the form out of use for new evaluations; past evaluations keep theirs. */
    void retire(EvaluationForm form) {
        jdbc.sql("update quality_form set retired = true where office_code = ? and name = ?")
                .params(form.office(), form.name()).update();
    }

    private record Header(String id, String office, String name, int version) {
    }

    private Header header(ResultSet rs, int number) throws SQLException {
        return new Header(rs.getString("id"), rs.getString("office_code"), rs.getString("name"), rs.getInt("version"));
    }

    // criteria are read after the header's result set is closed: one connection, one statement at a time
    private EvaluationForm withCriteria(Header h) {
        List<Criterion> criteria = jdbc.sql("select name, description, weight from quality_criterion where form_id = ?"
                + " order by position").param(h.id()).query((c, n) -> new Criterion(c.getString("name"),
                Optional.ofNullable(c.getString("description")), c.getInt("weight"))).list();
        return new EvaluationForm(h.id(), h.office(), h.name(), h.version(), criteria);
    }
}
