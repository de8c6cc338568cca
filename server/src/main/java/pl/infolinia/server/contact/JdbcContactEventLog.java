package pl.infolinia.server.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactEventRow;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.server.live.LiveFeed;

/**
 * The event store in the {@code contact_event} table, with one {@code contact} row per contact for
 * its caller and first time. {@code append} returns once the event is committed. The row mapping is
 * the contact centre's own {@link ContactEventRow}; the fields without a column are kept as JSON.
 * Once committed, each event goes to the {@link LiveFeed} for the live views.
 */
@Repository
class JdbcContactEventLog implements ContactEventLog {

    private static final String SELECT = "select contact_id, occurred_at, type, office_code, queue_code, agent_id, data"
            + " from contact_event ";
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final LiveFeed live;
    /** Tables kept from the events in the same transaction (the reports' per-contact digests). */
    private final List<ContactEventProjection> projections;

    JdbcContactEventLog(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, LiveFeed live,
            List<ContactEventProjection> projections) {
        this.jdbc = jdbc;
        this.projections = List.copyOf(projections);
        this.transaction = transaction;
        this.json = json;
        this.live = live;
    }

    @Override
    public void append(ContactEvent event) {
        ContactEventRow row = ContactEventRow.of(event);
        transaction.executeWithoutResult(status -> {
            row.contact().ifPresent(contact -> ensureContact(contact, event));
            GeneratedKeyHolder id = new GeneratedKeyHolder();
            jdbc.sql("insert into contact_event (occurred_at, contact_id, type, office_code, queue_code, agent_id, data)"
                    + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(time(row.at()), row.contact().map(ContactId::value).orElse(null), row.type(),
                            row.office().map(OfficeCode::value).orElse(null),
                            row.queue().map(QueueCode::value).orElse(null),
                            row.agent().map(AgentId::value).orElse(null), json.writeValueAsString(row.data()))
                    .update(id, "id");
            projections.forEach(projection -> projection.appended(id.getKey().longValue(), row));
        });
        live.publish(event);
    }

    @Override
    public List<ContactEvent> read(ContactId contact) {
        return jdbc.sql(SELECT + "where contact_id = ? order by id").param(contact.value()).query(this::event).list();
    }

    @Override
    public List<ContactEvent> events(ContactQuery query) {
        Filter filter = Filter.of(query, "e.");
        return jdbc.sql(SELECT + "e" + filter.where() + " order by e.occurred_at desc, e.id desc fetch first ? rows only")
                .params(filter.paramsAnd(query.limit())).query(this::event).list();
    }

    @Override
    public List<ContactId> contacts(ContactQuery query) {
        Filter filter = Filter.of(query, "e.");
        return jdbc.sql("select c.contact_id from contact c where exists (select 1 from contact_event e"
                        + filter.where("e.contact_id = c.contact_id")
                        + ") order by c.first_at desc, c.contact_id fetch first ? rows only")
                .params(filter.paramsAnd(query.limit()))
                .query((row, number) -> new ContactId(row.getString(1))).list();
    }

    private void ensureContact(ContactId contact, ContactEvent event) {
        jdbc.sql("insert into contact (contact_id, first_at) select ?, ? where not exists"
                        + " (select 1 from contact where contact_id = ?)")
                .params(contact.value(), time(event.at()), contact.value()).update();
        if (event instanceof CallArrived arrived) {
            jdbc.sql("update contact set caller = ? where contact_id = ?")
                    .params(arrived.caller(), contact.value()).update();
        }
    }

    private ContactEvent event(ResultSet row, int number) throws SQLException {
        String contact = row.getString("contact_id");
        String office = row.getString("office_code");
        String queue = row.getString("queue_code");
        String agent = row.getString("agent_id");
        Map<String, String> data = json.readValue(row.getString("data"), DATA);
        return new ContactEventRow(Optional.ofNullable(contact).map(ContactId::new),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("type"),
                Optional.ofNullable(office).map(OfficeCode::new), Optional.ofNullable(queue).map(QueueCode::new),
                Optional.ofNullable(agent).map(AgentId::new), data).toEvent();
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The query's filters as SQL conditions on an event row (alias {@code e.}). */
    private record Filter(List<String> conditions, List<Object> params) {

        static Filter of(ContactQuery query, String event) {
            Filter filter = new Filter(new ArrayList<>(), new ArrayList<>());
            query.from().ifPresent(from -> filter.add(event + "occurred_at >= ?", time(from)));
            query.to().ifPresent(to -> filter.add(event + "occurred_at < ?", time(to)));
            query.office().ifPresent(office -> filter.add(event + "office_code = ?", office.value()));
            query.queue().ifPresent(queue -> filter.add(event + "queue_code = ?", queue.value()));
            query.agent().ifPresent(agent -> filter.add(event + "agent_id = ?", agent.value()));
            query.caller().ifPresent(caller -> filter.add(
                    "exists (select 1 from contact cc where cc.contact_id = " + event + "contact_id and cc.caller = ?)",
                    caller));
            return filter;
        }

        private void add(String condition, Object param) {
            conditions.add(condition);
            params.add(param);
        }

        String where(String... always) {
            List<String> all = new ArrayList<>(List.of(always));
            all.addAll(conditions);
            return all.isEmpty() ? "" : " where " + String.join(" and ", all);
        }

        Object[] paramsAnd(Object last) {
            List<Object> all = new ArrayList<>(params);
            all.add(last);
            return all.toArray();
        }
    }
}
