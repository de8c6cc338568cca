package pl.infolinia.server.reportmail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.server.office.OfficeCode;

/** The {@code report_subscription} table. */
@Repository
class JdbcReportSubscriptions {

    private static final String SELECT = "select id, kind, office_code, report_interval, report_grouping, format,"
            + " recipients, schedule, last_sent_through, created_by from report_subscription ";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcReportSubscriptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every subscription, or (office given) that office's. */
    List<ReportSubscription> list(Optional<OfficeCode> office) {
        return office.map(code -> jdbc.sql(SELECT + "where office_code = ? order by id").param(code.value()))
                .orElseGet(() -> jdbc.sql(SELECT + "order by id")).query(this::subscription).list();
    }

    Optional<ReportSubscription> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(this::subscription).optional();
    }

    ReportSubscription add(SubscriptionForm.Checked form, String createdBy) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into report_subscription (kind, office_code, report_interval, report_grouping, format, recipients,"
                        + " schedule, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ReportSubscription.TRAFFIC, form.office().map(OfficeCode::value).orElse(null), form.interval().name(),
                        form.grouping().name(), form.format(), String.join(",", form.recipients()), form.schedule().name(),
                        createdBy, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    void remove(long id) {
        jdbc.sql("delete from report_subscription where id = ?").param(id).update();
    }

    /**
     * Marks the period through {@code through} as sent, if nobody has since {@code previous}: true
     * for the one caller that may send it.
     */
    boolean claim(long id, Optional<LocalDate> previous, LocalDate through) {
        return previous.map(before -> jdbc.sql("update report_subscription set last_sent_through = ? where id = ? and last_sent_through = ?")
                        .params(through, id, before))
                .orElseGet(() -> jdbc.sql("update report_subscription set last_sent_through = ? where id = ? and last_sent_through is null")
                        .params(through, id))
                .update() == 1;
    }

    /** Gives a claimed period back after its mail failed, so that the next round tries again. */
    void release(long id, Optional<LocalDate> previous, LocalDate through) {
        jdbc.sql("update report_subscription set last_sent_through = ? where id = ? and last_sent_through = ?")
                .params(previous.orElse(null), id, through).update();
    }

    private ReportSubscription subscription(ResultSet row, int number) throws SQLException {
        return new ReportSubscription(row.getLong("id"), row.getString("kind"),
                Optional.ofNullable(row.getString("office_code")).map(OfficeCode::new),
                IntervalLength.valueOf(row.getString("report_interval")), Grouping.valueOf(row.getString("report_grouping")),
                row.getString("format"), Arrays.asList(row.getString("recipients").split(",")),
                ReportSchedule.valueOf(row.getString("schedule")),
                Optional.ofNullable(row.getObject("last_sent_through", LocalDate.class)), row.getString("created_by"));
    }
}
