package pl.infolinia.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * The report pages and JSON API over the scripted day: the figures as the module computes them,
 * scoped to the supervisor's office, refused to agents, bad input answered 400, reading audited.
 */
@InfoliniaTest
class ReportPagesIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;
    private static final String DAY = "from=2026-01-14&to=2026-01-14";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactEventLog log;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService details;

    private RequestPostProcessor admin() {
        return user(details.loadUserByUsername("admin"));
    }

    @BeforeEach
    void storeTheScriptedDay() {
        ScriptedDayEvents.storeOnce(log);
    }

    @Test
    void anAdministratorReadsEveryQueuesFiguresThroughTheApi() throws Exception {
        mvc.perform(get("/api/reports/traffic?" + DAY + "&interval=day&grouping=QUEUE").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(2)))
                .andExpect(jsonPath("$.rows[0].group").value("dokumenty"))
                .andExpect(jsonPath("$.rows[0].offered").value(7))
                .andExpect(jsonPath("$.rows[0].serviceLevel").value(0.75)) // 3 in 20 s of 3 answered + 1 abandoned
                .andExpect(jsonPath("$.rows[1].group").value("praca"))
                .andExpect(jsonPath("$.rows[1].offered").value(2))
                .andExpect(jsonPath("$.total.offered").value(8))
                .andExpect(jsonPath("$.total.ahtSeconds").value(248))
                .andExpect(jsonPath("$.previousTotal.offered").value(1)); // 13 Jan: C1
        assertThat(audit.recent(Optional.empty(), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.REPORT_READ);
            assertThat(entry.actor()).isEqualTo("admin");
        });
    }

    @Test
    void aSupervisorSeesOnlyTheirOfficesQueues() throws Exception {
        mvc.perform(get("/api/reports/traffic?" + DAY + "&interval=DAY&grouping=QUEUE").with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.office").value("MC"))
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].group").value("dokumenty"))
                .andExpect(jsonPath("$.total.offered").value(7));
        mvc.perform(get("/api/reports/traffic?" + DAY + "&office=KPRM").with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void agentsHaveNoReports() throws Exception {
        mvc.perform(get("/api/reports").with(httpBasic("agent1", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/reports").with(user(details.loadUserByUsername("agent1")))).andExpect(status().isForbidden());
    }

    @Test
    void badParametersAreRefusedWithTheField() throws Exception {
        mvc.perform(get("/api/reports/traffic?from=2026-01-14&interval=fortnight").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("interval"));
        mvc.perform(get("/api/reports/traffic?from=2026-01-15&to=2026-01-14").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/reports?from=14.01.2026").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("role=\"alert\"")));
    }

    @Test
    void definitionsListTheReportsAndTheirParameters() throws Exception {
        mvc.perform(get("/api/reports").with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("traffic"))
                .andExpect(jsonPath("$[0].groupings", hasSize(6)))
                .andExpect(jsonPath("$[1].name").value("consultants"));
    }

    @Test
    void theConsultantReportGivesStateTimesAndOccupancy() throws Exception {
        mvc.perform(get("/api/reports/consultants?" + DAY).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agent == 'rep-agent1')].stateSeconds.READY").value(3487))
                .andExpect(jsonPath("$[?(@.agent == 'rep-agent1')].answered").value(2));
    }

    @Test
    void thePageShowsTheChartTheComparisonAndTheTablesInBothLanguages() throws Exception {
        mvc.perform(get("/reports?" + DAY + "&interval=HOUR").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title id=\"chart-title\">Oferowane i odebrane")))
                .andExpect(content().string(containsString("id=\"traffic-table\"")))
                .andExpect(content().string(containsString("2026-01-14 09:00")))
                .andExpect(content().string(containsString("Porównanie z poprzednim okresem")))
                .andExpect(content().string(not(containsString("??reports"))));
        mvc.perform(get("/reports?" + DAY + "&lang=en").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hotline reports")))
                .andExpect(content().string(containsString("Where callers leave the menu")));
    }
}
