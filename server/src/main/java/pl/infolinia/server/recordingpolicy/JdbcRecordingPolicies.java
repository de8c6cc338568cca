package pl.infolinia.server.recordingpolicy;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingMode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicy;

/**
 * The offices' recording policies in {@code office_recording_policy} and {@code queue_recording_mode};
 * an office without a row has {@link RecordingPolicy#DEFAULT}. Read on every call of {@link #of}, so
 * a change applies from the next answered call on.
 */
@Repository
public class JdbcRecordingPolicies implements RecordingPolicies {

    private final JdbcClient jdbc;

    JdbcRecordingPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordingPolicy of(OfficeCode office) {
        Map<QueueCode, RecordingMode> queues = jdbc.sql("select queue_code, mode from queue_recording_mode where office_code = ?")
                .param(office.value())
                .query((rs, n) -> Map.entry(QueueCode.of(rs.getString(1)), RecordingMode.valueOf(rs.getString(2))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return jdbc.sql("select mode, pause_allowed from office_recording_policy where office_code = ?")
                .param(office.value())
                .query((rs, n) -> new RecordingPolicy(RecordingMode.valueOf(rs.getString(1)), rs.getBoolean(2), queues))
                .optional().orElse(new RecordingPolicy(RecordingPolicy.DEFAULT.mode(),
                        RecordingPolicy.DEFAULT.pauseAllowed(), queues));
    }

    @Transactional
    void replace(OfficeCode office, RecordingPolicy policy) {
        jdbc.sql("delete from queue_recording_mode where office_code = ?").param(office.value()).update();
        jdbc.sql("delete from office_recording_policy where office_code = ?").param(office.value()).update();
        jdbc.sql("insert into office_recording_policy (office_code, mode, pause_allowed) values (?, ?, ?)")
                .params(office.value(), policy.mode().name(), policy.pauseAllowed()).update();
        policy.queueModes().forEach((queue, mode) -> jdbc
                .sql("insert into queue_recording_mode (office_code, queue_code, mode) values (?, ?, ?)")
                .params(office.value(), queue.value(), mode.name()).update());
    }
}
