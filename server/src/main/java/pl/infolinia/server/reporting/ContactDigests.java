package pl.infolinia.server.reporting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactEventRow;
import pl.infolinia.reporting.metric.HotlineHistory;
import pl.infolinia.server.contact.ContactEventProjection;

/**
 * Keeps {@code report_contact}, one row per contact with the events the reports fold, as events
 * are appended (in the append's transaction), so that a month's report reads a row per contact
 * instead of one per event. Rebuilt from {@code contact_event} by {@link ReportContactsMigration}.
 */
@Component
class ContactDigests implements ContactEventProjection {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ContactDigests(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void appended(long id, ContactEventRow row) {
        if (row.contact().isEmpty() || !HotlineHistory.FOLDED_TYPES.contains(row.type())) {
            return;
        }
        Instant at = ContactDigestLine.stored(row.at());
        StringBuilder line = new StringBuilder(160);
        ContactDigestLine.write(line, id, at, row.type(), row.office().map(OfficeCode::value).orElse(null),
                row.queue().map(QueueCode::value).orElse(null), row.agent().map(AgentId::value).orElse(null),
                json.writeValueAsString(row.data()));
        OffsetDateTime time = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        String contact = row.contact().get().value();
        String text = line.toString();
        int room = ReportContactsMigration.MAX_EVENTS_LENGTH - text.length();
        // a digest that would grow too long stops and is marked incomplete: the reports then read that contact's events
        int updated = jdbc.sql("update report_contact set events = case when complete and length(events) <= ? then events || ?"
                        + " else '' end, complete = complete and length(events) <= ?, first_at = least(first_at, ?),"
                        + " last_at = greatest(last_at, ?) where contact_id = ?")
                .params(room, text, room, time, time, contact).update();
        if (updated == 0) {
            jdbc.sql("insert into report_contact (contact_id, first_at, last_at, events, complete) values (?, ?, ?, ?, ?)")
                    .params(contact, time, time, text, true).update();
        }
    }
}
