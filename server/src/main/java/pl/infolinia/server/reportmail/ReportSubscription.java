package pl.infolinia.server.reportmail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.server.office.OfficeCode;

/**
 * One report sent by e-mail on a schedule: the traffic report of an office (or, empty, the whole
 * hotline) per interval and grouping, as a CSV, XLSX or PDF file, to a few recipients.
 * {@code lastSentThrough} is the last day of the last period sent.
 */
public record ReportSubscription(long id, String kind, Optional<OfficeCode> office, IntervalLength interval,
        Grouping grouping, String format, List<String> recipients, ReportSchedule schedule,
        Optional<LocalDate> lastSentThrough, String createdBy) {

    public static final String TRAFFIC = "traffic";

    public ReportSubscription {
        recipients = List.copyOf(recipients);
    }

    /** Whether the schedule's latest ended period has not been sent yet. */
    public boolean isDue(LocalDate today) {
        LocalDate through = schedule.lastComplete(today).to();
        return lastSentThrough.map(sent -> sent.isBefore(through)).orElse(true);
    }
}
