package pl.infolinia.server.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
 * The {@code contact_event} table read for reports: one streaming query over the time index, in
 * store order, each row turned into the contact centre's event as it arrives, so that a month of a
 * million events is never held as rows.
 *
 * <p>Inside a read-only transaction with a fetch size, so that PostgreSQL streams with a cursor
 * instead of loading the whole result.
 */
@Repository
class JdbcReportEvents implements EventSource {

    private static final int FETCH = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    JdbcReportEvents(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    @Override
    public void read(Instant from, Instant to, Consumer<ContactEvent> sink) {
        Values values = new Values();
        transaction.executeWithoutResult(status -> jdbc.query(connection -> {
            var statement = connection.prepareStatement("select contact_id, occurred_at, type, office_code, queue_code,"
                    + " agent_id, data from contact_event where occurred_at >= ? and occurred_at < ? order by occurred_at, id");
            statement.setFetchSize(FETCH);
            statement.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            statement.setObject(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            return statement;
        }, (ResultSet row) -> sink.accept(event(row, values))));
    }

    private ContactEvent event(ResultSet row, Values values) throws SQLException {
        String contact = row.getString(1);
        String office = row.getString(4);
        String queue = row.getString(5);
        String agent = row.getString(6);
        return new ContactEventRow(Optional.ofNullable(contact).map(ContactId::new),
                row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                Optional.ofNullable(office).map(values::office), Optional.ofNullable(queue).map(values::queue),
                Optional.ofNullable(agent).map(values::agent), data(row.getString(7))).toEvent();
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
