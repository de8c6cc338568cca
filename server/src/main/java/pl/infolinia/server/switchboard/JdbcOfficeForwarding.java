package pl.infolinia.server.switchboard;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.infolinia.server.office.OfficeCode;

/** Each office's forwarding rules, problem → target, in the {@code office_forwarding} table. */
@Repository
class JdbcOfficeForwarding {

    private final JdbcClient jdbc;

    JdbcOfficeForwarding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Problem (BUSY, NO_ANSWER) → target ({@code office:MC}, {@code queue:inne}, {@code message}). */
    Map<String, String> of(OfficeCode office) {
        Map<String, String> rules = new TreeMap<>();
        jdbc.sql("select problem, target from office_forwarding where office_code = ?").param(office.value())
                .query((row, number) -> Map.entry(row.getString("problem"), row.getString("target")))
                .list().forEach(rule -> rules.put(rule.getKey(), rule.getValue()));
        return rules;
    }

    @Transactional
    void replace(OfficeCode office, Map<String, String> rules) {
        jdbc.sql("delete from office_forwarding where office_code = ?").param(office.value()).update();
        rules.forEach((problem, target) -> jdbc.sql(
                        "insert into office_forwarding (office_code, problem, target) values (?, ?, ?)")
                .params(office.value(), problem, target).update());
    }
}
