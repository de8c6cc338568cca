package pl.infolinia.server.reportmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * Subscriptions on the page and in the JSON API, scoped like the reports: a supervisor manages
 * their office's, ADMIN every office's and the whole hotline's; bad input is 400 and stores
 * nothing; another office's is 403 and audited; agents have none.
 */
@InfoliniaTest
class ReportSubscriptionsIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService details;

    @BeforeEach
    void noSubscriptions() {
        jdbc.update("delete from report_subscription");
    }

    private ResultActions add(String username, String json) throws Exception {
        return mvc.perform(post("/api/report-subscriptions").with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from report_subscription", Integer.class);
    }

    @Test
    void aSupervisorsSubscriptionIsTheirOfficesAndOnlyTheySeeIt() throws Exception {
        add("mc.supervisor", """
                {"interval": "day", "grouping": "queue", "format": "csv", "recipients": "a@mc.gov.pl; b@mc.gov.pl", "schedule": "weekly"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.office").value("MC"))
                .andExpect(jsonPath("$.format").value("CSV"))
                .andExpect(jsonPath("$.schedule").value("WEEKLY"))
                .andExpect(jsonPath("$.recipients.length()").value(2));
        add("admin", """
                {"interval": "MONTH", "grouping": "OFFICE", "format": "PDF", "recipients": "kprm@kprm.gov.pl", "schedule": "MONTHLY"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.office").doesNotExist());

        mvc.perform(get("/api/report-subscriptions").with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[*].office", everyItem(is("MC"))));
        mvc.perform(get("/api/report-subscriptions").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.length()").value(2));
        assertThat(audit.recent(Optional.empty(), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.REPORT_SUBSCRIPTION_CHANGED);
            assertThat(entry.actor()).isEqualTo("mc.supervisor");
        });
    }

    @Test
    void anotherOfficesIsRefusedAndAudited() throws Exception {
        add("mc.supervisor", """
                {"office": "KPRM", "interval": "DAY", "grouping": "TOTAL", "format": "CSV", "recipients": "x@mc.gov.pl", "schedule": "DAILY"}""")
                .andExpect(status().isForbidden());
        add("admin", """
                {"office": "KPRM", "interval": "DAY", "grouping": "TOTAL", "format": "CSV", "recipients": "x@kprm.gov.pl", "schedule": "DAILY"}""")
                .andExpect(status().isCreated());
        long kprm = jdbc.queryForObject("select id from report_subscription", Long.class);
        mvc.perform(delete("/api/report-subscriptions/" + kprm).with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo(1);
        assertThat(audit.recent(Optional.empty(), 50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(entry.actor()).isEqualTo("mc.supervisor");
        });
        mvc.perform(delete("/api/report-subscriptions/" + kprm).with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(stored()).isZero();
        mvc.perform(get("/api/report-subscriptions").with(httpBasic("agent1", PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() throws Exception {
        add("admin", """
                {"interval": "DAY", "grouping": "TOTAL", "format": "CSV", "recipients": "not-an-address", "schedule": "DAILY"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("recipients"));
        add("admin", """
                {"interval": "DAY", "grouping": "TOTAL", "format": "DOC", "recipients": "a@b.pl", "schedule": "DAILY"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("format"));
        add("admin", """
                {"interval": "DAY", "grouping": "TOTAL", "format": "CSV", "recipients": "a@b.pl", "schedule": "HOURLY"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("schedule"));
        add("admin", """
                {"office": "mc!", "interval": "DAY", "grouping": "TOTAL", "format": "CSV", "recipients": "a@b.pl", "schedule": "DAILY"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("office"));
        add("admin", """
                {"interval": "DAY", "grouping": "TOTAL", "format": "CSV", "recipients": "", "schedule": "DAILY"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("recipients"));
        assertThat(stored()).isZero();
    }

    @Test
    void thePageAddsListsAndRemovesInBothLanguages() throws Exception {
        var supervisor = user(details.loadUserByUsername("mc.supervisor"));
        mvc.perform(post("/reports/subscriptions").with(supervisor).with(csrf())
                        .param("interval", "DAY").param("grouping", "QUEUE").param("format", "XLSX")
                        .param("recipients", "kierownik@mc.gov.pl").param("schedule", "DAILY"))
                .andExpect(redirectedUrl("/reports/subscriptions?added"));
        mvc.perform(get("/reports/subscriptions").with(supervisor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kierownik@mc.gov.pl")))
                .andExpect(content().string(containsString("Raporty wysyłane pocztą")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/reports/subscriptions?lang=en").with(supervisor))
                .andExpect(content().string(containsString("Reports sent by e-mail")));
        mvc.perform(post("/reports/subscriptions").with(supervisor).with(csrf())
                        .param("interval", "DAY").param("grouping", "QUEUE").param("format", "XLSX")
                        .param("recipients", "zły adres").param("schedule", "DAILY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("role=\"alert\"")));
        long id = jdbc.queryForObject("select id from report_subscription", Long.class);
        mvc.perform(post("/reports/subscriptions/" + id + "/remove").with(supervisor).with(csrf()))
                .andExpect(redirectedUrl("/reports/subscriptions?removed"));
        assertThat(stored()).isZero();
    }
}
