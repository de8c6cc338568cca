package pl.infolinia.server.recording;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How many days each office keeps its recordings, in {@code recording_retention}. */
@Repository
class JdbcRecordingRetention {

    private final JdbcClient jdbc;

    JdbcRecordingRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Integer> days() {
        Map<String, Integer> days = new LinkedHashMap<>();
        jdbc.sql("select office_code, days from recording_retention order by office_code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
                .forEach(e -> days.put(e.getKey(), e.getValue()));
        return days;
    }

    void set(String office, int days) {
        if (jdbc.sql("update recording_retention set days = ? where office_code = ?").params(days, office).update() == 0) {
            jdbc.sql("insert into recording_retention (office_code, days) values (?, ?)").params(office, days).update();
        }
    }
}
