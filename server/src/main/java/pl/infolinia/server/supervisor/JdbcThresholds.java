package pl.infolinia.server.supervisor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.infolinia.server.office.OfficeCode;

/** Offices' wallboard thresholds in {@code wallboard_thresholds}; {@link Thresholds#DEFAULT} for an office without. */
@Repository
class JdbcThresholds {

    private final JdbcClient jdbc;

    JdbcThresholds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Thresholds of(OfficeCode office) {
        return jdbc.sql("select waiting_amber, waiting_red, longest_wait_amber_seconds, longest_wait_red_seconds,"
                        + " service_level_amber, service_level_red from wallboard_thresholds where office_code = ?")
                .param(office.value())
                .query((row, number) -> new Thresholds(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4),
                        row.getInt(5), row.getInt(6)))
                .optional().orElse(Thresholds.DEFAULT);
    }

    @Transactional
    void replace(OfficeCode office, Thresholds thresholds) {
        jdbc.sql("delete from wallboard_thresholds where office_code = ?").param(office.value()).update();
        jdbc.sql("insert into wallboard_thresholds (office_code, waiting_amber, waiting_red, longest_wait_amber_seconds,"
                        + " longest_wait_red_seconds, service_level_amber, service_level_red) values (?, ?, ?, ?, ?, ?, ?)")
                .params(office.value(), thresholds.waitingAmber(), thresholds.waitingRed(),
                        thresholds.longestWaitAmberSeconds(), thresholds.longestWaitRedSeconds(),
                        thresholds.serviceLevelAmber(), thresholds.serviceLevelRed())
                .update();
    }
}
