package pl.infolinia.server.reporting;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.reporting.metric.Scope;

/**
 * A traffic report as a file (CSV, XLSX or PDF), for the page's download and for the reports sent
 * by e-mail alike: the same table, title and file name.
 */
@Component
public class ReportFiles {

    private final HotlineReports reports;

    ReportFiles(HotlineReports reports) {
        this.reports = reports;
    }

    /** One export: its file name, media type and bytes. */
    public record ReportFile(String name, MediaType mediaType, byte[] content) {
    }

    /** The traffic table of whole local days, per interval and grouping, in the scope, as CSV, XLSX or PDF. */
    public ReportFile traffic(LocalDate from, LocalDate to, IntervalLength interval, Grouping grouping, Scope scope,
            String format) {
        return file(new ReportRequest(from, to, interval, grouping, Optional.empty(), Optional.empty()), scope,
                ExportFormat.of(format));
    }

    ReportFile file(ReportRequest request, Scope scope, ExportFormat kind) {
        TrafficReport report = reports.traffic(request, scope);
        TrafficTable table = TrafficTable.of(report);
        String title = table.title(report);
        byte[] body = switch (kind) {
            case CSV -> CsvExport.write(table);
            case XLSX -> XlsxExport.write(table, title);
            case PDF -> PdfExport.write(table, title);
        };
        return new ReportFile("infolinia-" + request.from() + "-" + request.to() + "." + kind.extension(), kind.mediaType(), body);
    }
}
