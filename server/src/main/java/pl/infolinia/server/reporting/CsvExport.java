package pl.infolinia.server.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The traffic table as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read Polish letters). */
final class CsvExport {

    private CsvExport() {
    }

    static byte[] write(TrafficTable table) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(table.headings().toArray(String[]::new)).get())) {
            for (var row : table.rows()) {
                printer.printRecord(row.stream().map(TrafficTable::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
