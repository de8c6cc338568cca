package pl.infolinia.server.publicsummary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The public summary as CSV (RFC 4180, UTF-8 with a byte-order mark): one row per month, then one
 * per topic, suppressed counts as "&lt;5". Headings are English, as in the reports' exports.
 */
final class SummaryCsv {

    static final String[] HEADINGS = {"section", "period", "topic", "calls", "answered", "answered share"};

    private SummaryCsv() {
    }

    static byte[] write(PublicSummary summary) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADINGS).get())) {
            for (PublicSummary.MonthLine month : summary.months()) {
                printer.printRecord("month", month.month(), "", month.calls().text(), month.answered().text(), month.answeredShare());
            }
            PublicSummary.MonthLine total = summary.total();
            printer.printRecord("total", total.month(), "", total.calls().text(), total.answered().text(), total.answeredShare());
            for (PublicSummary.TopicLine topic : summary.topics()) {
                printer.printRecord("topic", total.month(), topic.isOther() ? "other topics" : topic.topic(),
                        topic.calls().text(), "", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
