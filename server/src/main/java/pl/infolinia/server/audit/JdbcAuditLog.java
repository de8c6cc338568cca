package pl.infolinia.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.infolinia.server.office.OfficeCode;

/** The audit log in the {@code audit_event} table. */
@Repository
class JdbcAuditLog implements AuditLog {

    private static final int MAX_DETAILS = 1000;
    private static final String SELECT = "select occurred_at, actor, action, target, office_code, remote_address,"
            + " details from audit_event ";

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEntry entry) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, target, office_code, remote_address, details)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), clip(entry.actor(), 64),
                        entry.action().name(), clip(entry.target(), 255),
                        entry.office().map(OfficeCode::value).orElse(null), clip(entry.remoteAddress(), 64),
                        clip(entry.details(), MAX_DETAILS))
                .update();
    }

    @Override
    public List<AuditEntry> recent(Optional<OfficeCode> office, int limit) {
        if (office.isPresent()) {
            return jdbc.sql(SELECT + "where office_code = ? order by id desc fetch first ? rows only")
                    .params(office.get().value(), limit).query(JdbcAuditLog::entry).list();
        }
        return jdbc.sql(SELECT + "order by id desc fetch first ? rows only").param(limit)
                .query(JdbcAuditLog::entry).list();
    }

    // a user name typed at the login form can be anything; keep the row, cut the text
    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        String office = row.getString("office_code");
        return new AuditEntry(row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
                AuditAction.valueOf(row.getString("action")), row.getString("target"),
                Optional.ofNullable(office).filter(OfficeCode::isValid).map(OfficeCode::new),
                row.getString("remote_address"), row.getString("details"));
    }
}
