package pl.infolinia.server.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The traffic table as an Excel workbook: a title row, the headings, then numbers as numbers. */
final class XlsxExport {

    private XlsxExport() {
    }

    static byte[] write(TrafficTable table, String title) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("traffic");
            sheet.createRow(0).createCell(0).setCellValue(title);
            write(sheet.createRow(1), List.copyOf(table.headings()));
            int number = 2;
            for (List<Object> row : table.rows()) {
                write(sheet.createRow(number++), row);
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }
}
