package pl.infolinia.server.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The traffic table as every export writes it: one heading row and one row per line, each cell a
 * text or a number (null where there is nothing to divide). Headings are English, for machines and
 * for offices alike; the interval is local Warsaw time.
 */
record TrafficTable(List<String> headings, List<List<Object>> rows) {

    static final List<String> HEADINGS = List.of("interval", "group", "offered", "answered", "abandoned",
            "short abandons", "overflowed", "answered in target", "service level %", "ASA s", "AHT s",
            "longest wait s", "callbacks requested", "callbacks completed");

    static TrafficTable of(TrafficReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrafficLine line : report.lines()) {
            var f = line.figures();
            List<Object> row = new ArrayList<>();
            row.add(line.interval());
            row.add(line.group().isEmpty() ? "total" : line.group());
            row.add(f.offered());
            row.add(f.answered());
            row.add(f.abandoned());
            row.add(f.shortAbandoned());
            row.add(f.overflowed());
            row.add(f.answeredInTarget());
            row.add(line.serviceLevelPercent() == null ? null : Math.round(line.serviceLevelPercent() * 10) / 10.0);
            row.add(line.asaSeconds());
            row.add(line.ahtSeconds());
            row.add(line.longestWaitSeconds());
            row.add(f.callbacksRequested());
            row.add(f.callbacksCompleted());
            rows.add(row);
        }
        return new TrafficTable(HEADINGS, rows);
    }

    String title(TrafficReport report) {
        ReportRequest request = report.request();
        return String.format(Locale.ROOT, "Infolinia traffic %s to %s, per %s, by %s", request.from(), request.to(),
                request.interval().name().toLowerCase(Locale.ROOT), request.grouping().name().toLowerCase(Locale.ROOT));
    }

    static String cell(Object value) {
        return value == null ? "" : value.toString();
    }
}
