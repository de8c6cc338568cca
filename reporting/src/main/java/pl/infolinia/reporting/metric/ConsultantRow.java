package pl.infolinia.reporting.metric;

import pl.infolinia.reporting.interval.Interval;

/** One row of the consultant report: one consultant's figures in one interval. */
public record ConsultantRow(Interval interval, String agent, ConsultantFigures figures) {
}
