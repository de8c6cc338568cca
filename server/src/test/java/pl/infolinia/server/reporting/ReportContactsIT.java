package pl.infolinia.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * The per-contact digests the event log keeps as it appends are those the migration rebuilds from
 * the event store, times included to the microsecond as the column keeps them (on H2, and on
 * PostgreSQL in the second pass).
 */
@InfoliniaTest
class ReportContactsIT {

    @Autowired
    ContactEventLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DigestReportEvents digests;

    @BeforeEach
    void storeTheScriptedDay() {
        ScriptedDayEvents.storeOnce(log);
    }

    private Map<String, String> stored() {
        return jdbc.query("select contact_id, events from report_contact where complete", rs -> {
            Map<String, String> all = new java.util.TreeMap<>();
            while (rs.next()) {
                all.put(rs.getString(1), rs.getString(2));
            }
            return all;
        });
    }

    @Test
    void theDigestsKeptOnAppendAreThoseRebuiltFromTheStore() {
        // times with sub-microsecond parts: the digest keeps what the column keeps
        ContactId contact = new ContactId("rep-digest-nanos");
        Instant arrived = Instant.parse("2026-02-03T10:00:00.123456500Z");
        log.append(new CallArrived(contact, arrived, "+48500100200", "infolinia"));
        log.append(new CallQueued(contact, arrived.plusNanos(1_000_999), QueueCode.of("dokumenty"), OfficeCode.of("MC"), 0));

        Map<String, String> kept = stored();
        assertThat(kept).containsKeys("rep-day-C3", "rep-digest-nanos");
        transaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.createStatement().execute("delete from report_contact");
            ReportContactsMigration.rebuild(connection);
            return null;
        }));
        assertThat(stored()).isEqualTo(kept);

        List<ContactEvent> read = new java.util.ArrayList<>();
        digests.read(arrived.minusSeconds(1), arrived.plusSeconds(1), pl.infolinia.reporting.metric.HotlineHistory.FOLDED_TYPES,
                event -> read.add(event));
        List<Instant> columns = jdbc.queryForList("select occurred_at from contact_event where contact_id = ? order by id",
                OffsetDateTime.class, contact.value()).stream().map(OffsetDateTime::toInstant).toList();
        assertThat(read).extracting(ContactEvent::at).containsExactlyElementsOf(columns);
    }
}
