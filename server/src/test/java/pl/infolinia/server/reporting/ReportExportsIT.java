package pl.infolinia.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.server.support.InfoliniaTest;

/** The scripted day's table per queue, downloaded as CSV, XLSX and PDF and read back with other libraries. */
@InfoliniaTest
class ReportExportsIT {

    private static final String QUERY = "?from=2026-01-14&to=2026-01-14&interval=DAY&grouping=QUEUE";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactEventLog log;

    @Autowired
    UserDetailsService details;

    @BeforeEach
    void storeTheScriptedDay() {
        ScriptedDayEvents.storeOnce(log);
    }

    private byte[] download(String format) throws Exception {
        return mvc.perform(get("/reports/export." + format + QUERY).with(user(details.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"infolinia-2026-01-14-2026-01-14." + format + "\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void csvReadsBackWithTheFiguresOfEachQueue() throws Exception {
        String text = new String(download("csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("group")).isEqualTo("dokumenty");
        assertThat(records.get(0).get("offered")).isEqualTo("7");
        assertThat(records.get(0).get("service level %")).isEqualTo("75.0");
        assertThat(records.get(1).get("group")).isEqualTo("praca");
        assertThat(records.get(1).get("ASA s")).isEqualTo("35"); // (40 + 30) / 2
        assertThat(records.get(1).get("AHT s")).isEqualTo("285"); // (300 + 20 + 240 + 10) / 2
    }

    @Test
    void xlsxOpensWithNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx")))) {
            Sheet sheet = workbook.getSheet("traffic");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2026-01-14");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("offered");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("dokumenty");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(3).getCell(11).getNumericCellValue()).isEqualTo(40.0); // praca's longest wait
        }
    }

    @Test
    void pdfHoldsTheTitleAndTheTable() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download("pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Infolinia traffic 2026-01-14 to 2026-01-14").contains("dokumenty").contains("praca");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Infolinia traffic");
        }
    }

    @Test
    void anUnknownFormatIsRefused() throws Exception {
        mvc.perform(get("/reports/export.doc" + QUERY).with(user(details.loadUserByUsername("admin"))))
                .andExpect(status().isBadRequest());
    }
}
