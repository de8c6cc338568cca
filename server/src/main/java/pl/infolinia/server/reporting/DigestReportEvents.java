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
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.reporting.EventSource;
import pl.infolinia.reporting.metric.HotlineHistory;

/**
 * The reports' event source over the per-contact digests ({@code report_contact}): a month is a
 * row per contact (about 100,000) instead of a row per event (about 1,000,000), plus the
 * consultants' state changes of the period through their (type, time) index.
 *
 * <p>Each contact's events in [from, to) come in store order, contact after contact, then each
 * consultant's state changes in store order: the figures fold contacts and consultants apart, so
 * they are those of reading the whole store in order. A contact whose digest is incomplete (too
 * long), and any read of other event types, go to {@link JdbcReportEvents}.
 */
@Repository
@Primary
class DigestReportEvents implements EventSource {

    private static final String AGENT_STATES = "AgentStateChanged";
    /** Contacts decoded together by one thread. */
    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JdbcReportEvents rows;
    private final Codes codes = new Codes();
    /** Batches being decoded at once: as many as the machine has cores. */
    private final int decoding = Math.max(2, Runtime.getRuntime().availableProcessors());

    DigestReportEvents(JdbcTemplate jdbc, TransactionTemplate transaction, JdbcReportEvents rows) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rows = rows;
    }

    @Override
    public void read(Instant from, Instant to, Consumer<ContactEvent> sink) {
        rows.read(from, to, sink);
    }

    @Override
    public void read(Instant from, Instant to, Set<String> types, Consumer<ContactEvent> sink) {
        if (!HotlineHistory.FOLDED_TYPES.containsAll(types)) {
            rows.read(from, to, types, sink);
            return;
        }
        OffsetDateTime start = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
        OffsetDateTime end = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
        transaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            if (h2) {
                // else H2 copies the whole result (a month: some 100 MB of digests) into a temporary table first
                try (var statement = connection.createStatement()) {
                    statement.execute("set lazy_query_execution true");
                }
            }
            try {
                digests(connection, start, end, from, to, types, sink);
            } finally {
                if (h2) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("set lazy_query_execution false");
                    }
                }
            }
            if (types.contains(AGENT_STATES)) {
                agentStates(connection, start, end, sink);
            }
            return null;
        }));
    }

    private void digests(Connection connection, OffsetDateTime start, OffsetDateTime end, Instant from, Instant to,
            Set<String> types, Consumer<ContactEvent> sink) throws SQLException {
        List<ContactId> incomplete = new ArrayList<>();
        try (PreparedStatement contacts = connection.prepareStatement("select contact_id, events, complete"
                + " from report_contact where last_at >= ? and first_at < ?");
             ExecutorService decoders = Executors.newVirtualThreadPerTaskExecutor()) {
            contacts.setObject(1, start);
            contacts.setObject(2, end);
            contacts.setFetchSize(BATCH);
            // the rows are read here; batches of digests are decoded on the other cores meanwhile
            Deque<Future<List<ContactEvent>>> ahead = new ArrayDeque<>();
            List<String[]> batch = new ArrayList<>(BATCH);
            try (ResultSet found = contacts.executeQuery()) {
                while (found.next()) {
                    if (!found.getBoolean(3)) {
                        incomplete.add(new ContactId(found.getString(1)));
                        continue;
                    }
                    batch.add(new String[] {found.getString(1), found.getString(2)});
                    if (batch.size() == BATCH) {
                        ahead.add(decode(decoders, batch, from, to, types));
                        batch = new ArrayList<>(BATCH);
                        while (ahead.size() > decoding) {
                            take(ahead).forEach(sink);
                        }
                    }
                }
            }
            ahead.add(decode(decoders, batch, from, to, types));
            while (!ahead.isEmpty()) {
                take(ahead).forEach(sink);
            }
        }
        for (ContactId contact : incomplete) {
            whole(connection, contact, from, to, types, sink);
        }
    }

    private Future<List<ContactEvent>> decode(ExecutorService decoders, List<String[]> batch, Instant from, Instant to,
            Set<String> types) {
        return decoders.submit(() -> {
            List<ContactEvent> events = new ArrayList<>(batch.size() * 10);
            for (String[] digest : batch) {
                contact(digest[1], new ContactId(digest[0]), from, to, types, events);
            }
            return events;
        });
    }

    private static List<ContactEvent> take(Deque<Future<List<ContactEvent>>> ahead) {
        try {
            return ahead.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the reports' digests", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** A digest's events in the window, in id order, added to {@code out}. */
    private void contact(String text, ContactId contact, Instant from, Instant to, Set<String> types,
            List<ContactEvent> out) {
        ContactDigestLine.Reader lines = new ContactDigestLine.Reader(text, contact);
        int first = out.size();
        List<Long> ids = new ArrayList<>(16);
        boolean sorted = true;
        while (lines.next()) {
            if (lines.time.isBefore(from) || !lines.time.isBefore(to) || !types.contains(lines.type)) {
                continue;
            }
            sorted &= ids.isEmpty() || lines.id > ids.getLast();
            ids.add(lines.id);
            out.add(lines.row(codes).toEvent());
        }
        if (!sorted) {
            // two appends of one contact took the digest's row lock out of id order: put them back in store order
            sortByIds(out.subList(first, out.size()), ids);
        }
    }

    private static void sortByIds(List<ContactEvent> events, List<Long> ids) {
        Integer[] positions = new Integer[events.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        java.util.Arrays.sort(positions, Comparator.comparing(ids::get));
        List<ContactEvent> sorted = new ArrayList<>(events.size());
        for (Integer position : positions) {
            sorted.add(events.get(position));
        }
        for (int i = 0; i < sorted.size(); i++) {
            events.set(i, sorted.get(i));
        }
    }

    /** An incomplete digest's contact, from the event store by its index. */
    private void whole(Connection connection, ContactId contact, Instant from, Instant to, Set<String> types,
            Consumer<ContactEvent> sink) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select id, contact_id, occurred_at, type,"
                + " office_code, queue_code, agent_id, data from contact_event where contact_id = ? order by id")) {
            statement.setString(1, contact.value());
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    Instant at = found.getObject(3, OffsetDateTime.class).toInstant();
                    if (!at.isBefore(from) && at.isBefore(to) && types.contains(found.getString(4))) {
                        sink.accept(rows.event(found));
                    }
                }
            }
        }
    }

    private void agentStates(Connection connection, OffsetDateTime start, OffsetDateTime end,
            Consumer<ContactEvent> sink) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select id, contact_id, occurred_at, type,"
                + " office_code, queue_code, agent_id, data from contact_event where type = ? and occurred_at >= ?"
                + " and occurred_at < ?")) {
            statement.setString(1, AGENT_STATES);
            statement.setObject(2, start);
            statement.setObject(3, end);
            statement.setFetchSize(5_000);
            // in time order through the index, then put in store order here: H2 would sort them in a temporary table
            List<long[]> order = new ArrayList<>();
            List<ContactEvent> events = new ArrayList<>();
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    order.add(new long[] {found.getLong(1), events.size()});
                    events.add(rows.event(found));
                }
            }
            order.sort(Comparator.comparingLong(entry -> entry[0]));
            for (long[] entry : order) {
                sink.accept(events.get((int) entry[1]));
            }
        }
    }
}
