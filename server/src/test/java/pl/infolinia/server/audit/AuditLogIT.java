package pl.infolinia.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.support.InfoliniaTest;

/** The audit log records who did what, when and from where; admins read it, scoped to their office. */
@InfoliniaTest
class AuditLogIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Test
    void recordsASuccessfulLoginWithTheClientsAddress() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "mswia.supervisor").param("password", PASSWORD)
                .with(request -> {
                    request.setRemoteAddr("192.0.2.17");
                    return request;
                }));

        assertThat(audit.recent(Optional.of(new OfficeCode("MSWIA")), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
            assertThat(entry.actor()).isEqualTo("mswia.supervisor");
            assertThat(entry.remoteAddress()).isEqualTo("192.0.2.17");
            assertThat(entry.at()).isNotNull();
        });
    }

    @Test
    void recordsARefusedRequestForAnotherOfficesData() throws Exception {
        mvc.perform(get("/api/offices/MZ/users").with(httpBasic("ms.agent1", PASSWORD))).andExpect(status().isForbidden());

        assertThat(audit.recent(Optional.empty(), 50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(entry.actor()).isEqualTo("ms.agent1");
            assertThat(entry.target()).isEqualTo("GET /api/offices/MZ/users");
        });
    }

    @Test
    void anAdminReadsTheWholeLogAndTheReadingIsItselfAudited() throws Exception {
        mvc.perform(formLogin("/login").user("men.agent1").password("wrong"));

        mvc.perform(get("/api/audit").param("limit", "500").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].actor", hasItem("men.agent1")));
        assertThat(audit.recent(Optional.empty(), 5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.AUDIT_LOG_READ);
            assertThat(entry.actor()).isEqualTo("admin");
        });
    }

    @Test
    void anOfficeAdministratorReadsOnlyTheirOfficesEntries() throws Exception {
        mvc.perform(formLogin("/login").user("mz.agent2").password("wrong"));

        mvc.perform(get("/api/audit").param("limit", "1000").with(httpBasic("mz.officeadmin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].office", everyItem(is("MZ"))))
                .andExpect(jsonPath("$[*].actor", hasItem("mz.agent2")));
        mvc.perform(get("/api/audit").param("office", "MF").with(httpBasic("mz.officeadmin", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void agentsAndSupervisorsCannotReadTheLog() throws Exception {
        mvc.perform(get("/api/audit").with(httpBasic("mz.agent1", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(httpBasic("mz.supervisor", PASSWORD))).andExpect(status().isForbidden());
    }
}
