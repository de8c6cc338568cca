package pl.infolinia.server.publicsummary;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import pl.infolinia.reporting.Reporting;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.interval.Period;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.reporting.metric.HotlineHistory;
import pl.infolinia.reporting.metric.Scope;
import pl.infolinia.reporting.metric.TrafficFigures;
import pl.infolinia.reporting.metric.TrafficRow;

/** Computes the {@link PublicSummary} of whole months from the event store, through the reports. */
@Component
class PublicSummaries {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final Reporting reporting;

    PublicSummaries(Reporting reporting) {
        this.reporting = reporting;
    }

    PublicSummary of(YearMonth from, YearMonth to) {
        Period period = Period.days(from.atDay(1), to.atEndOfMonth(), WARSAW);
        HotlineHistory history = reporting.history(period);
        List<PublicSummary.MonthLine> months = new ArrayList<>();
        for (TrafficRow row : history.traffic(IntervalLength.MONTH, Grouping.TOTAL, Scope.all())) {
            months.add(line(YearMonth.from(row.interval().start().atZone(WARSAW)).toString(), row.figures()));
        }
        PublicSummary.MonthLine total = line(from + " – " + to,
                history.traffic(IntervalLength.PERIOD, Grouping.TOTAL, Scope.all()).getFirst().figures());
        return new PublicSummary(from, to, months, total, topics(history));
    }

    private static PublicSummary.MonthLine line(String month, TrafficFigures f) {
        return new PublicSummary.MonthLine(month, new PublishedCount(f.offered()), new PublishedCount(f.answered()),
                new PublishedCount(f.answered() + f.abandoned()));
    }

    /** Topics with at least five calls, most calls first; the rest (and calls without a topic) as one "other" line. */
    private static List<PublicSummary.TopicLine> topics(HotlineHistory history) {
        List<PublicSummary.TopicLine> lines = new ArrayList<>();
        int other = 0;
        for (TrafficRow row : history.traffic(IntervalLength.PERIOD, Grouping.TOPIC, Scope.all())) {
            int calls = row.figures().offered();
            if (calls >= PublishedCount.THRESHOLD && !row.group().equals("-")) {
                lines.add(new PublicSummary.TopicLine(row.group(), new PublishedCount(calls)));
            } else {
                other += calls;
            }
        }
        lines.sort(Comparator.comparingInt((PublicSummary.TopicLine line) -> line.calls().value()).reversed()
                .thenComparing(PublicSummary.TopicLine::topic));
        if (other > 0) {
            lines.add(new PublicSummary.TopicLine(null, new PublishedCount(other)));
        }
        return lines;
    }
}
