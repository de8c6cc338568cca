package pl.infolinia.server.contact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactQuery;

/**
 * The event store in the {@code contact_event} table, with one {@code contact} row per contact for
 * its caller and first time. {@code append} returns once the event is committed.
 */
@Repository
class JdbcContactEventLog implements ContactEventLog {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ContactEventJson json;

    JdbcContactEventLog(JdbcClient jdbc, TransactionTemplate transaction, ContactEventJson json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    @Override
    public void append(ContactEvent event) {
        transaction.executeWithoutResult(status -> {
            event.contact().ifPresent(contact -> ensureContact(contact, event));
            jdbc.sql("insert into contact_event (occurred_at, contact_id, type, office_code, queue_code, agent_id, data)"
                    + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(time(event.at()), event.contact().map(ContactId::value).orElse(null), event.type(),
                            event.office().map(OfficeCode::value).orElse(null),
                            event.queue().map(QueueCode::value).orElse(null),
                            event.agent().map(AgentId::value).orElse(null), json.write(event))
                    .update();
        });
    }

    @Override
    public List<ContactEvent> read(ContactId contact) {
        return jdbc.sql("select type, data from contact_event where contact_id = ? order by id")
                .param(contact.value()).query((row, number) -> json.read(row.getString(1), row.getString(2))).list();
    }

    @Override
    public List<ContactEvent> events(ContactQuery query) {
        Filter filter = Filter.of(query, "e.");
        return jdbc.sql("select e.type, e.data from contact_event e" + filter.where()
                        + " order by e.occurred_at desc, e.id desc fetch first ? rows only")
                .params(filter.paramsAnd(query.limit()))
                .query((row, number) -> json.read(row.getString(1), row.getString(2))).list();
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
