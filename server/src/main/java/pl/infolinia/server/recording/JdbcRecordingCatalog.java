package pl.infolinia.server.recording;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.archive.RecordingCatalog;
import pl.infolinia.recording.spool.Pause;

/** The archive's catalogue in the {@code recording} table. */
class JdbcRecordingCatalog implements RecordingCatalog {

    private static final String COLUMNS = "id, contact_id, started_at, duration_ms, office_code, queue_code, consultant,"
            + " caller, topic, outcome, pauses, interrupted, storage_key, sha256";

    private final JdbcClient jdbc;

    JdbcRecordingCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ArchivedRecording r) {
        if (find(r.id()).isPresent()) {
            return;
        }
        CallFacts f = r.facts();
        jdbc.sql("insert into recording (" + COLUMNS + ", archived_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.contact(), Timestamp.from(r.started()), r.duration().toMillis(),
                        f.office().orElse(null), f.queue().orElse(null), f.consultant().orElse(null),
                        f.callerNumber().orElse(null), f.topic().orElse(null), f.outcome().orElse(null),
                        r.pauses().stream().map(Pause::text).collect(Collectors.joining(",")), r.interrupted(),
                        r.storageKey(), r.sha256(), Timestamp.from(Instant.now()))
                .update();
    }

    @Override
    public Optional<ArchivedRecording> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from recording where id = ?").param(id).query(this::row).optional();
    }

    @Override
    public List<ArchivedRecording> kept() {
        return jdbc.sql("select " + COLUMNS + " from recording where deleted_at is null order by started_at, id")
                .query(this::row).list();
    }

    @Override
    public List<ArchivedRecording> keptBefore(String office, Instant before) {
        return jdbc.sql("select " + COLUMNS + " from recording where deleted_at is null and office_code = ?"
                + " and started_at < ? order by started_at").params(office, Timestamp.from(before)).query(this::row).list();
    }

    @Override
    public boolean onLegalHold(String id) {
        return jdbc.sql("select legal_hold from recording where id = ?").param(id).query(Boolean.class).optional()
                .orElse(false);
    }

    @Override
    public void legalHold(String id, boolean held) {
        jdbc.sql("update recording set legal_hold = ? where id = ?").params(held, id).update();
    }

    @Override
    public void markDeleted(String id, Instant at, String reason) {
        jdbc.sql("update recording set deleted_at = ?, deleted_reason = ? where id = ?")
                .params(Timestamp.from(at), reason, id).update();
    }

    /** Whether the recording's file is kept (not deleted by retention or request). */
    boolean kept(String id) {
        return jdbc.sql("select count(*) from recording where id = ? and deleted_at is null").param(id)
                .query(Integer.class).single() == 1;
    }

    /** Kept recordings passing the filters, newest first. */
    List<ArchivedRecording> search(RecordingSearch search) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from recording where deleted_at is null");
        List<Object> params = new ArrayList<>();
        search.from().ifPresent(from -> condition(sql, params, " and started_at >= ?", Timestamp.from(from)));
        search.to().ifPresent(to -> condition(sql, params, " and started_at < ?", Timestamp.from(to)));
        search.office().ifPresent(office -> condition(sql, params, " and office_code = ?", office));
        search.queue().ifPresent(queue -> condition(sql, params, " and queue_code = ?", queue));
        search.consultant().ifPresent(agent -> condition(sql, params, " and consultant = ?", agent));
        search.caller().ifPresent(caller -> condition(sql, params, " and caller like ?", "%" + caller + "%"));
        sql.append(" order by started_at desc, id limit ").append(search.limit());
        return jdbc.sql(sql.toString()).params(params).query(this::row).list();
    }

    /** Ids of kept recordings still waiting for their call's wrap-up (topic and outcome). */
    List<ArchivedRecording> withoutTopicSince(Instant since) {
        return jdbc.sql("select " + COLUMNS + " from recording where topic is null and deleted_at is null"
                + " and archived_at >= ?").param(Timestamp.from(since)).query(this::row).list();
    }

    void updateWrapUp(String id, String topic, String outcome) {
        jdbc.sql("update recording set topic = ?, outcome = ? where id = ?").params(topic, outcome, id).update();
    }

    private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
        sql.append(clause);
        params.add(value);
    }

    private ArchivedRecording row(ResultSet rs, int number) throws SQLException {
        String pauses = rs.getString("pauses");
        return new ArchivedRecording(rs.getString("id"), rs.getString("contact_id"),
                rs.getTimestamp("started_at").toInstant(), Duration.ofMillis(rs.getLong("duration_ms")),
                new CallFacts(text(rs, "office_code"), text(rs, "queue_code"), text(rs, "consultant"),
                        text(rs, "caller"), text(rs, "topic"), text(rs, "outcome")),
                pauses.isEmpty() ? List.of() : Arrays.stream(pauses.split(",")).map(Pause::parse).toList(),
                rs.getBoolean("interrupted"), rs.getString("storage_key"), rs.getString("sha256"));
    }

    private static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
