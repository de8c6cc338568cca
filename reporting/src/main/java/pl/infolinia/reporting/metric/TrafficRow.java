package pl.infolinia.reporting.metric;

import pl.infolinia.reporting.interval.Interval;

/** One row of a traffic report: a group's figures in one interval ({@code group} is "" for the total). */
public record TrafficRow(Interval interval, String group, TrafficFigures figures) {
}
