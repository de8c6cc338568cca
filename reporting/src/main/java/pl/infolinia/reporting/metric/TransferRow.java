package pl.infolinia.reporting.metric;

import pl.infolinia.reporting.interval.Interval;

/** Calls sent to one office in one interval, by consultants or by the IVR and overflow rules. */
public record TransferRow(Interval interval, String office, int transfers) {
}
