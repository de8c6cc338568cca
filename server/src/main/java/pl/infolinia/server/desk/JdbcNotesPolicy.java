package pl.infolinia.server.desk;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.infolinia.server.office.OfficeCode;

/**
 * Per office, whether consultants must write the wrap-up before their next call, in
 * {@code office_desk_policy}; an office without a row does not require it.
 */
@Repository
class JdbcNotesPolicy {

    private final JdbcClient jdbc;

    JdbcNotesPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean notesRequired(OfficeCode office) {
        return jdbc.sql("select notes_required from office_desk_policy where office_code = ?").param(office.value())
                .query(Boolean.class).optional().orElse(false);
    }

    @Transactional
    void requireNotes(OfficeCode office, boolean required) {
        jdbc.sql("delete from office_desk_policy where office_code = ?").param(office.value()).update();
        jdbc.sql("insert into office_desk_policy (office_code, notes_required) values (?, ?)")
                .params(office.value(), required).update();
    }
}
