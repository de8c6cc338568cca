package pl.infolinia.server.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The traffic table as a landscape A4 PDF with a title, repeating headings on each page. The
 * font is Helvetica in the Central European encoding (CP1250), so that Polish letters print.
 */
final class PdfExport {

    private PdfExport() {
    }

    static byte[] write(TrafficTable table, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1250, 8);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1250, 8);
        document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1250, 12)));
        PdfPTable pdf = new PdfPTable(table.headings().size());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSpacingBefore(8);
        for (String name : table.headings()) {
            pdf.addCell(new Phrase(name, heading));
        }
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                pdf.addCell(new Phrase(TrafficTable.cell(value), body));
            }
        }
        document.add(pdf);
        document.close();
        return out.toByteArray();
    }
}
