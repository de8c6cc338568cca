package pl.infolinia.server.switchboard;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.infolinia.server.office.OfficeCode;

/** Each office's own hours as written by its administrator, in {@code office_hours}; none means always open. */
@Repository
class JdbcOfficeHours {

    private final JdbcClient jdbc;

    JdbcOfficeHours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(OfficeCode office) {
        return jdbc.sql("select hours from office_hours where office_code = ?").param(office.value())
                .query(String.class).optional();
    }

    /** Sets the office's hours; empty removes them (always open). */
    @Transactional
    void replace(OfficeCode office, Optional<String> hours) {
        jdbc.sql("delete from office_hours where office_code = ?").param(office.value()).update();
        hours.ifPresent(text -> jdbc.sql("insert into office_hours (office_code, hours) values (?, ?)")
                .params(office.value(), text).update());
    }
}
