package pl.infolinia.server.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import pl.infolinia.reporting.metric.HotlineHistory;

/**
 * Flyway's V18: the reports' per-contact digests ({@code report_contact}: first and last event
 * time, and the folded events as {@link ContactDigestLine}s in store order; a contact too long for it
 * is marked incomplete and read from the event store instead), built from the event
 * store, and an index for reading the consultants' state changes of a period. After this,
 * {@link ContactDigests} keeps them as events are appended.
 */
@Component
public class ReportContactsMigration implements JavaMigration {

    /** The longest digest kept (some 6,000 events); a longer contact's digest stops and is marked incomplete. */
    static final int MAX_EVENTS_LENGTH = 1_000_000;
    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("18");
    }

    @Override
    public String getDescription() {
        return "report contacts";
    }

    @Override
    public Integer getChecksum() {
        return 18;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table report_contact (contact_id varchar(64) primary key,"
                    + " first_at timestamp with time zone not null, last_at timestamp with time zone not null,"
                    + " events varchar(" + MAX_EVENTS_LENGTH + ") not null, complete boolean not null)");
            statement.execute("create index report_contact_span on report_contact (last_at, first_at)");
            statement.execute("create index contact_event_type_time on contact_event (type, occurred_at)");
        }
        rebuild(connection);
    }

    /** Fills {@code report_contact} (empty) from {@code contact_event}; returns the contacts written. */
    public static int rebuild(Connection connection) throws SQLException {
        List<String> types = List.copyOf(HotlineHistory.FOLDED_TYPES);
        String sql = "select id, contact_id, occurred_at, type, office_code, queue_code, agent_id, data from contact_event"
                + " where contact_id is not null and type in (" + String.join(", ", types.stream().map(t -> "?").toList())
                + ") order by contact_id, id";
        int contacts = 0;
        try (PreparedStatement read = connection.prepareStatement(sql);
             PreparedStatement write = connection.prepareStatement(
                     "insert into report_contact (contact_id, first_at, last_at, events, complete) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < types.size(); i++) {
                read.setString(i + 1, types.get(i));
            }
            read.setFetchSize(5_000);
            String contact = null;
            OffsetDateTime first = null;
            OffsetDateTime last = null;
            StringBuilder events = new StringBuilder();
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(2);
                    OffsetDateTime at = rows.getObject(3, OffsetDateTime.class);
                    if (!id.equals(contact)) {
                        if (contact != null) {
                            add(write, contact, first, last, events);
                            if (++contacts % BATCH == 0) {
                                write.executeBatch();
                            }
                        }
                        contact = id;
                        first = at;
                        last = at;
                        events.setLength(0);
                    }
                    first = at.isBefore(first) ? at : first;
                    last = at.isAfter(last) ? at : last;
                    ContactDigestLine.write(events, rows.getLong(1), at.toInstant(), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7), rows.getString(8));
                }
            }
            if (contact != null) {
                add(write, contact, first, last, events);
                contacts++;
            }
            write.executeBatch();
        }
        return contacts;
    }

    private static void add(PreparedStatement write, String contact, OffsetDateTime first, OffsetDateTime last,
            StringBuilder events) throws SQLException {
        write.setString(1, contact);
        write.setObject(2, first);
        write.setObject(3, last);
        boolean complete = events.length() <= MAX_EVENTS_LENGTH;
        write.setString(4, complete ? events.toString() : "");
        write.setBoolean(5, complete);
        write.addBatch();
    }
}
