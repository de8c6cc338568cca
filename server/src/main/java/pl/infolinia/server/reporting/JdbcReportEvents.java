package pl.infolinia.server.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventRow;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.reporting.EventSource;

/**
 * The {@code contact_event} table read for reports: the time range in store order (the identity
 * column), in pages, each row turned into the contact centre's event as it arrives, so that a month of a
 * million events is never held as rows.
 *
 * <p>The rows are those between the ids of the first and the last event of the range by time:
 * events are appended in time order, so an event stored out of order by more than the reports'
 * margin at the very edge of the range could be missed, and nothing else. They are read in pages of
 * {@value #PAGE} rows by id, so that neither database sorts or holds a month's result at once.
 */
@Repository
class JdbcReportEvents implements EventSource {

    private static final int PAGE = 20_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final int page;

    @org.springframework.beans.factory.annotation.Autowired
    JdbcReportEvents(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper json) {
        this(jdbc, transaction, json, PAGE);
    }

    /** With pages of {@code page} rows: tests make them small to read many. */
    JdbcReportEvents(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper json, int page) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.page = page;
    }

    @Override
    public void read(Instant from, Instant to, Consumer<ContactEvent> sink) {
        Values values = new Values();
        transaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            Long first = edge(connection, "select id from contact_event where occurred_at >= ? order by occurred_at fetch first 1 row only", from);
            Long last = edge(connection, "select id from contact_event where occurred_at < ? order by occurred_at desc fetch first 1 row only", to);
            if (first == null || last == null) {
                return null;
            }
            // pages of the primary key in its order: no sort of a month's rows, no result held whole
            try (PreparedStatement statement = connection.prepareStatement("select id, contact_id, occurred_at, type,"
                    + " office_code, queue_code, agent_id, data from contact_event"
                    + " where id >= ? and id <= ? and occurred_at >= ? and occurred_at < ? order by id fetch first " + page + " rows only")) {
                statement.setFetchSize(page);
                statement.setLong(2, Math.max(first, last));
                statement.setObject(3, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
                statement.setObject(4, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
                long next = Math.min(first, last);
                int read;
                do {
                    statement.setLong(1, next);
                    read = 0;
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            next = rows.getLong(1) + 1;
                            read++;
                            sink.accept(event(rows, values));
                        }
                    }
                } while (read == page);
            }
            return null;
        }));
    }

    /** The id of the first (or last) event by time, through the time index. */
    private static Long edge(Connection connection, String sql, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private ContactEvent event(ResultSet row, Values values) throws SQLException {
        String contact = row.getString(2);
        String office = row.getString(5);
        String queue = row.getString(6);
        String agent = row.getString(7);
        return new ContactEventRow(Optional.ofNullable(contact).map(ContactId::new),
                row.getObject(3, OffsetDateTime.class).toInstant(), row.getString(4),
                Optional.ofNullable(office).map(values::office), Optional.ofNullable(queue).map(values::queue),
                Optional.ofNullable(agent).map(values::agent), data(row.getString(8))).toEvent();
    }

    /** The data column's flat JSON object of strings, read token by token. */
    private Map<String, String> data(String text) {
        Map<String, String> data = new HashMap<>(8);
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("contact_event.data is not a JSON object: " + text);
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                data.put(name, parser.getString());
            }
        }
        return data;
    }

    /**
     * The few distinct codes of a read, made once each: a month has a million rows but a few hundred
     * queues, offices and agents (contact ids are made per row).
     */
    private static final class Values {
        private final Map<String, OfficeCode> offices = new HashMap<>();
        private final Map<String, QueueCode> queues = new HashMap<>();
        private final Map<String, AgentId> agents = new HashMap<>();

        OfficeCode office(String code) {
            return offices.computeIfAbsent(code, OfficeCode::new);
        }

        QueueCode queue(String code) {
            return queues.computeIfAbsent(code, QueueCode::new);
        }

        AgentId agent(String id) {
            return agents.computeIfAbsent(id, AgentId::new);
        }
    }
}
