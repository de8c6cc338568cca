package pl.infolinia.server.reporting;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import pl.infolinia.reporting.interval.Interval;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.metric.TrafficFigures;

/**
 * One row of a traffic table as pages and exports show it: the interval as local time, the group,
 * and the figures with shares in percent and times in whole seconds (null where there is nothing to divide).
 */
public record TrafficLine(String interval, String group, TrafficFigures figures) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static TrafficLine of(Interval interval, String group, TrafficFigures figures) {
        return new TrafficLine(label(interval), group, figures);
    }

    static String label(Interval interval) {
        var start = interval.start().atZone(ReportRequest.WARSAW);
        return switch (interval.length()) {
            case QUARTER_HOUR, HOUR -> MINUTES.format(start);
            case DAY, WEEK -> start.toLocalDate().toString();
            case MONTH -> start.toLocalDate().toString().substring(0, 7);
            case PERIOD -> start.toLocalDate() + " – " + interval.end().atZone(ReportRequest.WARSAW).toLocalDate().minusDays(1);
        };
    }

    static boolean shortLabel(IntervalLength length) {
        return length == IntervalLength.QUARTER_HOUR || length == IntervalLength.HOUR;
    }

    public Double serviceLevelPercent() {
        return figures.serviceLevel().map(share -> share * 100).orElse(null);
    }

    public Double answeredPercent() {
        return figures.answeredShare().map(share -> share * 100).orElse(null);
    }

    public Long asaSeconds() {
        return figures.averageSpeedOfAnswer().map(TrafficLine::seconds).orElse(null);
    }

    public Long ahtSeconds() {
        return figures.averageHandleTime().map(TrafficLine::seconds).orElse(null);
    }

    public long longestWaitSeconds() {
        return seconds(figures.longestWait());
    }

    /** Whole seconds, half up: 13.5 s shows as 14. */
    static long seconds(Duration duration) {
        return (duration.toMillis() + 500) / 1000;
    }
}
