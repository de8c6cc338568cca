package pl.infolinia.server.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventRow;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.reporting.EventSource;

/**
 * The {@code contact_event} table read for reports: the time range in store order (the identity
 * column), each row turned into the contact centre's event, so that a month of a million events
 * is never held as rows.
 *
 * <p>The rows are those between the ids of the first and the last event of the range by time:
 * events are appended in time order, so an event stored out of order by more than the reports'
 * margin at the very edge of the range could be missed, and nothing else. The id range is cut into
 * chunks of {@value #CHUNK} ids, read and decoded on as many threads (and connections) as the
 * machine has cores, a few chunks ahead, while the caller's thread hands the chunks' events to the
 * sink strictly in id order; all reports together hold at most that many connections plus one. Only
 * the event types asked for are read; their {@code data} is read
 * by {@link FlatJsonObject}. (Profiled on 1,000,000 events: decoding rows and their JSON took four
 * fifths of a report, folding one fifth.)
 */
@Repository
class JdbcReportEvents implements EventSource {

    private static final int CHUNK = 20_000;
    private static final String COLUMNS = "select id, contact_id, occurred_at, type, office_code, queue_code, agent_id, data"
            + " from contact_event where id >= ? and id < ? and occurred_at >= ? and occurred_at < ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final int chunk;
    private final int readers;
    /** Connections all reports together may hold at once, so that a few reports never starve the event log's appends. */
    private final Semaphore connections;
    private final Codes values = new Codes();

    @Autowired
    JdbcReportEvents(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper json) {
        this(jdbc, transaction, json, CHUNK);
    }

    /** With chunks of {@code chunk} ids: tests make them small to read many. */
    JdbcReportEvents(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper json, int chunk) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.chunk = chunk;
        this.readers = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.connections = new Semaphore(readers + 1);
    }

    @Override
    public void read(Instant from, Instant to, Consumer<ContactEvent> sink) {
        read(from, to, Optional.empty(), sink);
    }

    @Override
    public void read(Instant from, Instant to, Set<String> types, Consumer<ContactEvent> sink) {
        read(from, to, Optional.of(Set.copyOf(types)), sink);
    }

    private void read(Instant from, Instant to, Optional<Set<String>> types, Consumer<ContactEvent> sink) {
        long[] ids = transaction.execute(status -> jdbc.execute((ConnectionCallback<long[]>) connection -> {
            Long first = edge(connection, "select id from contact_event where occurred_at >= ? order by occurred_at fetch first 1 row only", from);
            Long last = edge(connection, "select id from contact_event where occurred_at < ? order by occurred_at desc fetch first 1 row only", to);
            return first == null || last == null ? null : new long[] {Math.min(first, last), Math.max(first, last)};
        }));
        if (ids == null) {
            return;
        }
        // types are left out as rows are read, not in SQL: a type condition tempts the planner off the primary key
        String sql = COLUMNS + " order by id";
        Deque<Future<List<ContactEvent>>> ahead = new ArrayDeque<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            long next = ids[0];
            while (next <= ids[1] || !ahead.isEmpty()) {
                while (ahead.size() < readers + 1 && next <= ids[1]) {
                    long start = next;
                    ahead.add(pool.submit(() -> chunk(sql, start, Math.min(start + chunk, ids[1] + 1), from, to, types)));
                    next += chunk;
                }
                ahead.removeFirst().get().forEach(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event store", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            ahead.forEach(future -> future.cancel(true));
        }
    }

    /** The events with ids in [first, end) of the asked types and time, decoded, in id order. */
    private List<ContactEvent> chunk(String sql, long first, long end, Instant from, Instant to,
            Optional<Set<String>> types) throws InterruptedException {
        connections.acquire();
        try {
            return read(sql, first, end, from, to, types);
        } finally {
            connections.release();
        }
    }

    private List<ContactEvent> read(String sql, long first, long end, Instant from, Instant to,
            Optional<Set<String>> types) {
        return jdbc.execute((ConnectionCallback<List<ContactEvent>>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, first);
                statement.setLong(2, end);
                statement.setObject(3, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
                statement.setObject(4, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
                statement.setFetchSize(chunk);
                List<ContactEvent> events = new ArrayList<>((int) Math.min(end - first, CHUNK));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (types.isEmpty() || types.get().contains(rows.getString(4))) {
                            events.add(event(rows));
                        }
                    }
                }
                return events;
            }
        });
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

    /** A row of {@code id, contact_id, occurred_at, type, office_code, queue_code, agent_id, data} as its event. */
    ContactEvent event(ResultSet row) throws SQLException {
        String contact = row.getString(2);
        String office = row.getString(5);
        String queue = row.getString(6);
        String agent = row.getString(7);
        return new ContactEventRow(Optional.ofNullable(contact).map(ContactId::new),
                row.getObject(3, OffsetDateTime.class).toInstant(), row.getString(4),
                Optional.ofNullable(office).map(values::office), Optional.ofNullable(queue).map(values::queue),
                Optional.ofNullable(agent).map(values::agent), data(row.getString(8))).toEvent();
    }

    /** The data column: the flat object the event log writes, else (written otherwise) through Jackson. */
    private Map<String, String> data(String text) {
        try {
            return FlatJsonObject.parse(text);
        } catch (IllegalStateException notFlat) {
            Map<String, String> data = new java.util.HashMap<>();
            json.readTree(text).properties().forEach(field -> data.put(field.getKey(), field.getValue().asString()));
            return data;
        }
    }
}
