package pl.infolinia.server.publicsummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.reporting.ScriptedDay;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * The public summary of January 2026 (the scripted day and its neighbours): the published files
 * hold the month's calls and topics with small counts suppressed, no number, name or consultant;
 * only the Chancellery and ADMIN may make them.
 */
@InfoliniaTest
class PublicSummaryIT {

    static final String JANUARY = "from=2026-01&to=2026-01";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactEventLog log;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService details;

    @BeforeEach
    void storeTheScriptedDay() {
        if (log.read(new ContactId("rep-day-C3")).isEmpty()) {
            ScriptedDay.events().forEach(log::append);
        }
    }

    static String download(MockMvc mvc, UserDetailsService details, String file) throws Exception {
        byte[] body = mvc.perform(get("/reports/public/export." + file).with(user(details.loadUserByUsername("supervisor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
    }

    @Test
    void theCsvHoldsTheMonthAndTheTopicsWithSmallCountsSuppressed() throws Exception {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(download(mvc, details, "csv?" + JANUARY))).getRecords();
        CSVRecord month = records.getFirst();
        assertThat(month.get("section")).isEqualTo("month");
        assertThat(month.get("period")).isEqualTo("2026-01");
        // C1 (13th), C2 (15th) and C3..C10 (14th) reached a queue; answered C1, C3, C4, C7, C10; abandoned C2, C6
        assertThat(month.get("calls")).isEqualTo("10");
        assertThat(month.get("answered")).isEqualTo("5");
        assertThat(month.get("answered share")).isEqualTo("71 %"); // 5 of 7
        // dowod: C3, C5, C6, C8, C10 (and C1, C2 if theirs); the rest fewer than five each: "other topics", suppressed
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("section")).isEqualTo("topic");
            assertThat(r.get("topic")).isEqualTo("other topics");
            assertThat(r.get("calls")).isEqualTo("<5");
        });
        assertThat(records).noneSatisfy(r -> assertThat(r.get("topic")).isIn("zasilek", "podatki"));
    }

    @Test
    void theHtmlIsSelfContainedInBothLanguagesWithoutPersonalData() throws Exception {
        String polish = download(mvc, details, "html?" + JANUARY + "&language=pl");
        assertThat(polish).contains("<html lang=\"pl\"").contains("Połączenia z infolinią w miesiącach")
                .contains("&lt;5").contains("Pozostałe tematy")
                .doesNotContain("<script").doesNotContain("href=").doesNotContain("src=")
                .doesNotContain("rep-agent").doesNotContain("+48").doesNotContain("??");
        String english = download(mvc, details, "html?" + JANUARY + "&language=en");
        assertThat(english).contains("<html lang=\"en\"").contains("Calls to the hotline per month").contains("Other topics")
                .contains("Citizens&#39; hotline: calls 2026-01");
        assertThat(audit.recent(Optional.empty(), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PUBLIC_SUMMARY_EXPORTED);
            assertThat(entry.actor()).isEqualTo("supervisor");
        });
    }

    @Test
    void onlyTheChancelleryAndAdminMakeIt() throws Exception {
        mvc.perform(get("/reports/public?" + JANUARY).with(user(details.loadUserByUsername("admin")))).andExpect(status().isOk());
        mvc.perform(get("/reports/public?" + JANUARY).with(user(details.loadUserByUsername("officeadmin")))).andExpect(status().isOk());
        mvc.perform(get("/reports/public/export.csv?" + JANUARY).with(user(details.loadUserByUsername("mc.supervisor"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/public?" + JANUARY).with(user(details.loadUserByUsername("agent1")))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/public/export.html?" + JANUARY)).andExpect(status().is3xxRedirection());
        assertThat(audit.recent(Optional.empty(), 50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(entry.actor()).isEqualTo("mc.supervisor");
        });
    }

    @Test
    void theReportDefinitionsNameIt() throws Exception {
        mvc.perform(get("/api/reports").with(user(details.loadUserByUsername("supervisor"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[2].name").value("public-summary"))
                .andExpect(jsonPath("$[2].parameters[2]").value("language"));
    }

    @Test
    void badMonthsNameTheField() throws Exception {
        mvc.perform(get("/reports/public/export.csv?from=2026-13").with(user(details.loadUserByUsername("admin"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/reports/public/export.csv?from=2025-01&to=2026-01").with(user(details.loadUserByUsername("admin"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/reports/public/export.html?" + JANUARY + "&language=de").with(user(details.loadUserByUsername("admin"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("language"));
    }
}
