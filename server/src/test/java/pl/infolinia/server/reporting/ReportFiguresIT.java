package pl.infolinia.server.reporting;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.reporting.EventSource;
import pl.infolinia.reporting.Reporting;
import pl.infolinia.reporting.ScriptedDay;
import pl.infolinia.reporting.ScriptedDayFigures;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * The scripted day stored through the database event store and read back by the reports' JDBC
 * path gives exactly the hand-worked figures (on H2, and on PostgreSQL in the second pass).
 */
@InfoliniaTest
class ReportFiguresIT {

    @Autowired
    ContactEventLog log;

    @Autowired
    EventSource events;

    @BeforeEach
    void storeTheScriptedDayOnce() {
        ScriptedDayEvents.storeOnce(log);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JsonMapper json;

    @Test
    void everyFigureOfTheScriptedDayMatchesFromTheDatabase() {
        ScriptedDayFigures.verify(new Reporting(events, ScriptedDay.settings(), Clock.systemUTC())::history);
    }

    @Test
    void theSameFiguresComeWhenTheRowsAreReadInManySmallPages() {
        // 7 rows a page: the day's events over many pages, a contact's events split across them
        EventSource paged = new JdbcReportEvents(jdbc, transaction, json, 7);
        ScriptedDayFigures.verify(new Reporting(paged, ScriptedDay.settings(), Clock.systemUTC())::history);
    }
}
