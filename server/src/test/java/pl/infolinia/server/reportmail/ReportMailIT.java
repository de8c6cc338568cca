package pl.infolinia.server.reportmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.reporting.ScriptedDay;
import pl.infolinia.server.support.FreePort;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * Scheduled reports sent through a real SMTP server (GreenMail) started in the test: the mail
 * arrives with the report attached, the attachment reads back with the exports' parsers, and a
 * period goes out once however often (or after however many restarts) the scheduler looks.
 */
@InfoliniaTest
class ReportMailIT {

    private static final int SMTP_PORT = FreePort.find();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    /** 15 January 2026, 06:00 in Warsaw: the scripted day (14 January) is yesterday. */
    private static final Instant MORNING_AFTER = ZonedDateTime.of(2026, 1, 15, 6, 0, 0, 0, ScriptedDay.WARSAW).toInstant();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("infolinia.report-mail.from", () -> "raporty@infolinia.test");
        // the test says when the scheduler looks
        properties.add("infolinia.report-mail.scheduled", () -> "false");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactEventLog log;

    @Autowired
    ReportMailings mailings;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void storeTheScriptedDay() {
        if (log.read(new pl.infolinia.contactcenter.contact.ContactId("rep-day-C3")).isEmpty()) {
            ScriptedDay.events().forEach(log::append);
        }
        jdbc.update("delete from report_subscription");
    }

    private void subscribe(String user, String json) throws Exception {
        mvc.perform(post("/api/report-subscriptions").with(httpBasic(user, InfoliniaTest.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated());
    }

    @Test
    void yesterdaysReportArrivesOnceAsACsvThatReadsBack() throws Exception {
        subscribe("mc.supervisor", """
                {"interval": "DAY", "grouping": "QUEUE", "format": "CSV", "recipients": "kierownik@mc.gov.pl, analityk@mc.gov.pl",
                 "schedule": "DAILY"}""");

        assertThat(mailings.sendDue(MORNING_AFTER)).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).contains("2026-01-14").contains("MC");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("raporty@infolinia.test");
        Part attachment = attachment(mail);
        assertThat(attachment.getFileName()).isEqualTo("infolinia-2026-01-14-2026-01-14.csv");
        String text = new String(bytes(attachment), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        // the supervisor's office MC: its queue dokumenty only, with the scripted day's figures
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().get("group")).isEqualTo("dokumenty");
        assertThat(records.getFirst().get("offered")).isEqualTo("7");
        assertThat(records.getFirst().get("service level %")).isEqualTo("75.0");

        // the scheduler looks again, later that morning and after a restart (the state is in the database): nothing new
        assertThat(mailings.sendDue(MORNING_AFTER.plusSeconds(3_600))).isZero();
        assertThat(new ReportMailings(subscriptionsStore, files, senders, messages, auditor, "x@infolinia.test")
                .sendDue(MORNING_AFTER.plusSeconds(7_200))).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2); // one mail, two recipients
        assertThat(jdbc.queryForObject("select last_sent_through from report_subscription", java.time.LocalDate.class))
                .isEqualTo(ScriptedDay.DAY);

        // the next morning, the next day goes out
        assertThat(mailings.sendDue(MORNING_AFTER.plusSeconds(86_400))).isEqualTo(1);
    }

    @Test
    void aWeeklyWorkbookForTheWholeHotlineOpensWithTheWeeksFigures() throws Exception {
        subscribe("admin", """
                {"interval": "WEEK", "grouping": "TOTAL", "format": "XLSX", "recipients": "kprm@kprm.gov.pl", "schedule": "WEEKLY"}""");

        // Monday 19 January: the week of 12-18 January holds the scripted day (and C1 on the 13th, C2 on the 15th)
        assertThat(mailings.sendDue(ZonedDateTime.of(2026, 1, 19, 7, 0, 0, 0, ScriptedDay.WARSAW).toInstant())).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        Part attachment = attachment(smtp.getReceivedMessages()[0]);
        assertThat(attachment.getFileName()).isEqualTo("infolinia-2026-01-12-2026-01-18.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(attachment)))) {
            var sheet = workbook.getSheet("traffic");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2026-01-12");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("offered");
            // 14 Jan: 8 offered; C1 on the 13th and C2 on the 15th: 10
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(10.0);
        }
    }

    @Test
    void withTheSmtpServerDownNothingIsMarkedSentAndTheNextRoundSends() throws Exception {
        subscribe("admin", """
                {"office": "MC", "interval": "DAY", "grouping": "TOTAL", "format": "PDF", "recipients": "mc@mc.gov.pl", "schedule": "DAILY"}""");
        smtp.stop();
        try {
            assertThat(mailings.sendDue(MORNING_AFTER)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from report_subscription where last_sent_through is null", Integer.class))
                    .isEqualTo(1);
        } finally {
            smtp.start();
        }
        assertThat(mailings.sendDue(MORNING_AFTER)).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes(attachment(smtp.getReceivedMessages()[0])))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("2026-01-14");
        }
    }

    private static Part attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no attachment in " + mail.getSubject());
    }

    private static byte[] bytes(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    @Autowired
    JdbcReportSubscriptions subscriptionsStore;

    @Autowired
    pl.infolinia.server.reporting.ReportFiles files;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> senders;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    pl.infolinia.server.audit.Auditor auditor;
}
