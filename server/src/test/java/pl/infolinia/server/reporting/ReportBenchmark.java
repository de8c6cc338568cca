package pl.infolinia.server.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.contact.AgentStateChanged;
import pl.infolinia.contactcenter.contact.ArticleOpened;
import pl.infolinia.contactcenter.contact.CallAbandoned;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.CallHeld;
import pl.infolinia.contactcenter.contact.CallOffered;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.CallResumed;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventRow;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.IvrChoiceMade;
import pl.infolinia.contactcenter.contact.WrapUpDone;
import pl.infolinia.contactcenter.contact.WrapUpOutcome;
import pl.infolinia.reporting.Reporting;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.interval.Period;
import pl.infolinia.reporting.metric.FigureSettings;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.reporting.metric.HotlineHistory;
import pl.infolinia.reporting.metric.Scope;

/**
 * Loads a month of traffic (1,000,000 events, about 100,000 calls, 60 consultants, 20 queues) into
 * an empty database with the server's migrations (and builds the reports' per-contact digests), then
 * times the month's daily report and the consultant report as the server reads them
 * ({@link DigestReportEvents}), and once the daily report read row by row ({@link JdbcReportEvents}). Run by {@code server/bench/reports-bench.sh};
 * a main program, never a test.
 */
public final class ReportBenchmark {

    private static final int EVENTS = 1_000_000;
    private static final java.time.ZoneId WARSAW = java.time.ZoneId.of("Europe/Warsaw");
    private static final LocalDate MONTH = LocalDate.of(2026, 1, 1);

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // a pool as in the server: the reports read the store on several connections at once
        com.zaxxer.hikari.HikariDataSource data = new com.zaxxer.hikari.HikariDataSource();
        data.setJdbcUrl(url);
        data.setMaximumPoolSize(8);
        Flyway.configure().dataSource(data).locations("classpath:db/migration")
                .javaMigrations(new ReportContactsMigration()).load().migrate();
        JsonMapper json = JsonMapper.builder().build();
        JdbcTemplate jdbc = new JdbcTemplate(data);
        Long stored = jdbc.queryForObject("select count(*) from contact_event", Long.class);
        if (stored == null || stored == 0) {
            long start = System.nanoTime();
            int calls = load(data, json);
            System.out.printf("loaded %,d events of %,d calls in %.1f s%n",
                    jdbc.queryForObject("select count(*) from contact_event", Long.class), calls, seconds(start));
        } else {
            System.out.printf("database already holds %,d events%n", stored);
        }
        if (jdbc.queryForObject("select count(*) from report_contact", Long.class) == 0) {
            // the loader writes rows without the event log, so the digests are built as the migration builds them
            long start = System.nanoTime();
            int contacts;
            try (Connection connection = data.getConnection()) {
                connection.setAutoCommit(false);
                contacts = ReportContactsMigration.rebuild(connection);
                connection.commit();
            }
            System.out.printf("built the digests of %,d contacts in %.1f s%n", contacts, seconds(start));
        }
        jdbc.execute(url.startsWith("jdbc:postgresql") ? "analyze" : "analyze");
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(data));
        JdbcReportEvents rowReader = new JdbcReportEvents(jdbc, transaction, json);
        Reporting reporting = new Reporting(new DigestReportEvents(jdbc, transaction, rowReader), FigureSettings.defaults(),
                Clock.systemUTC());
        Period month = Period.days(MONTH, MONTH.plusMonths(1).minusDays(1), WARSAW);
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            HotlineHistory history = reporting.history(month);
            double read = seconds(start);
            int offered = history.traffic(IntervalLength.DAY, Grouping.TOTAL, Scope.all()).stream()
                    .mapToInt(r -> r.figures().offered()).sum();
            double daily = seconds(start);
            double dailyCpu = (cpuNanos() - cpu) / 1e9;
            long consultantsStart = System.nanoTime();
            cpu = cpuNanos();
            HotlineHistory again = reporting.history(month);
            int rows = again.consultants(IntervalLength.DAY).size();
            double consultants = seconds(consultantsStart);
            double consultantsCpu = (cpuNanos() - cpu) / 1e9;
            System.out.printf("run %d: month's daily report %.2f s (read and fold %.2f s; CPU %.2f s; %,d calls offered);"
                    + " consultant report per day %.2f s (CPU %.2f s; %,d rows); load average %s%n", run, daily, read,
                    dailyCpu, offered, consultants, consultantsCpu, rows, loadAverage());
        }
        // for comparison, once: the same daily report read row by row from contact_event (the reports' fallback)
        long start = System.nanoTime();
        long cpu = cpuNanos();
        int offered = new Reporting(rowReader, FigureSettings.defaults(), Clock.systemUTC()).history(month)
                .traffic(IntervalLength.DAY, Grouping.TOTAL, Scope.all()).stream().mapToInt(r -> r.figures().offered()).sum();
        System.out.printf("row by row from contact_event: month's daily report %.2f s (CPU %.2f s; %,d calls offered)%n",
                seconds(start), (cpuNanos() - cpu) / 1e9, offered);
        data.close();
    }

    /** The whole process's CPU time (all threads, GC and compiler included): less sensitive to other load than the wall clock. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format(java.util.Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** About ten events a call: IVR, queue, answer or abandon, hold now and then, wrap-up, and the consultant's states. */
    private static int load(javax.sql.DataSource data, JsonMapper json) throws SQLException {
        Random random = new Random(42);
        Connection connection = data.getConnection();
        connection.setAutoCommit(false);
        int events = 0;
        int calls = 0;
        Instant monthStart = MONTH.atStartOfDay(WARSAW).toInstant();
        long monthSeconds = Duration.between(monthStart, MONTH.plusMonths(1).atStartOfDay(WARSAW).toInstant()).toSeconds() - 3600;
        try (PreparedStatement contact = connection.prepareStatement("insert into contact (contact_id, first_at, caller) values (?, ?, ?)");
             PreparedStatement event = connection.prepareStatement("insert into contact_event (occurred_at, contact_id, type,"
                     + " office_code, queue_code, agent_id, data) values (?, ?, ?, ?, ?, ?, ?)")) {
            List<ContactEvent> batch = new ArrayList<>();
            while (events < EVENTS) {
                calls++;
                ContactId id = new ContactId("bench-" + calls);
                Instant at = monthStart.plusSeconds((long) calls * monthSeconds / 100_000 % monthSeconds);
                int queueNo = random.nextInt(20);
                QueueCode queue = QueueCode.of("kolejka" + queueNo);
                OfficeCode office = OfficeCode.of("URZAD" + queueNo % 10);
                AgentId agent = AgentId.of("konsultant" + random.nextInt(60));
                batch.clear();
                batch.add(new CallArrived(id, at, "+4850" + calls, "infolinia"));
                batch.add(new IvrChoiceMade(id, at.plusSeconds(8), "menu", Integer.toString(queueNo % 9 + 1)));
                Instant queued = at.plusSeconds(10);
                batch.add(new CallQueued(id, queued, queue, office, 0));
                int wait = random.nextInt(90);
                Instant answered = queued.plusSeconds(wait);
                if (random.nextInt(10) == 0) {
                    batch.add(new CallAbandoned(id, answered, queue, Duration.ofSeconds(wait + 10)));
                    batch.add(new CallEnded(id, answered, CallEndReason.CALLER_HUNG_UP));
                } else {
                    Instant ended = answered.plusSeconds(60 + random.nextInt(400));
                    batch.add(new CallOffered(id, answered.minusSeconds(1), queue, agent));
                    batch.add(new CallAnswered(id, answered, queue, agent, Duration.ofSeconds(wait + 10)));
                    batch.add(new AgentStateChanged(agent, answered, AgentPresence.AVAILABLE, AgentActivity.ON_CALL, ""));
                    if (random.nextInt(4) == 0) {
                        batch.add(new CallHeld(id, answered.plusSeconds(30), agent));
                        batch.add(new CallResumed(id, answered.plusSeconds(50), agent));
                    } else {
                        batch.add(new ArticleOpened(id, answered.plusSeconds(20), agent, "artykul" + queueNo));
                    }
                    batch.add(new CallEnded(id, ended, CallEndReason.AGENT_HUNG_UP));
                    batch.add(new ContactClassified(id, ended.plusSeconds(10), agent, "temat" + queueNo % 12,
                            WrapUpOutcome.ANSWERED, null, ""));
                    batch.add(new WrapUpDone(id, ended.plusSeconds(20), agent));
                    batch.add(new AgentStateChanged(agent, ended.plusSeconds(20), AgentPresence.AVAILABLE, AgentActivity.IDLE, ""));
                }
                contact.setString(1, id.value());
                contact.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                contact.setString(3, "+4850" + calls);
                contact.addBatch();
                for (ContactEvent e : batch) {
                    ContactEventRow row = ContactEventRow.of(e);
                    event.setObject(1, OffsetDateTime.ofInstant(row.at(), ZoneOffset.UTC));
                    event.setString(2, row.contact().map(ContactId::value).orElse(null));
                    event.setString(3, row.type());
                    event.setString(4, row.office().map(OfficeCode::value).orElse(null));
                    event.setString(5, row.queue().map(QueueCode::value).orElse(null));
                    event.setString(6, row.agent().map(AgentId::value).orElse(null));
                    event.setString(7, json.writeValueAsString(row.data()));
                    event.addBatch();
                    events++;
                }
                if (calls % 2_000 == 0) {
                    contact.executeBatch();
                    event.executeBatch();
                    connection.commit();
                }
            }
            contact.executeBatch();
            event.executeBatch();
            connection.commit();
        }
        connection.setAutoCommit(true);
        connection.close();
        return calls;
    }
}
