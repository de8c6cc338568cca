package pl.infolinia.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/** Roles are scoped to one office: another office's data is refused with 403, never shown. */
@InfoliniaTest
class OfficeScopingIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    Users users;

    @Test
    void anAgentReadsTheirOwnOfficesUsers() throws Exception {
        mvc.perform(get("/api/offices/KPRM/users").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItems("agent1", "supervisor")))
                .andExpect(content().string(not(containsString("password"))));
    }

    @Test
    void anAgentOfOneOfficeCannotReadAnotherOfficesUsers() throws Exception {
        mvc.perform(get("/api/offices/MC/users").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"))
                .andExpect(content().string(not(containsString("mc.agent1"))));
    }

    @Test
    void anAdminReadsEveryOfficesUsers() throws Exception {
        mvc.perform(get("/api/offices/MC/users").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(users.inOffice(new OfficeCode("MC")).size())))
                .andExpect(jsonPath("$[*].username", hasItem("mc.agent1")));
    }

    @Test
    void agentsAndSupervisorsDoNotReachTheAdministrationPages() throws Exception {
        mvc.perform(get("/admin/users").with(user(details.loadUserByUsername("agent1"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(details.loadUserByUsername("supervisor"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficeAdministratorSeesOnlyTheirOfficesUsers() throws Exception {
        mvc.perform(get("/admin/users").with(user(details.loadUserByUsername("mc.officeadmin"))))
                .andExpect(status().isOk())
                .andExpect(model().attribute("scope", "MC"))
                .andExpect(content().string(containsString("mc.agent1")))
                .andExpect(content().string(not(containsString("mswia.agent1"))));
        mvc.perform(get("/admin/users").param("office", "KPRM").with(user(details.loadUserByUsername("mc.officeadmin"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/agent1/edit").with(user(details.loadUserByUsername("mc.officeadmin"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficeAdministratorCannotGrantAdminNorHireIntoAnotherOffice() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(user(details.loadUserByUsername("mc.officeadmin")))
                        .param("username", "mc.sneaky").param("displayName", "Sneaky").param("office", "MC")
                        .param("roles", "ADMIN").param("enabled", "true").param("password", "long-enough-pass"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "roles", "user.roles.adminOnly"));
        mvc.perform(post("/admin/users").with(csrf()).with(user(details.loadUserByUsername("mc.officeadmin")))
                        .param("username", "mc.elsewhere").param("displayName", "Elsewhere").param("office", "MSWIA")
                        .param("roles", "AGENT").param("enabled", "true").param("password", "long-enough-pass"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "office", "user.office.notYours"));

        assertThat(users.find(new Username("mc.sneaky"))).isEmpty();
        assertThat(users.find(new Username("mc.elsewhere"))).isEmpty();
    }

    @Test
    void anOfficeAdministratorAddsAnAgentToTheirOffice() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(user(details.loadUserByUsername("mc.officeadmin")))
                        .param("username", "mc.agent9").param("displayName", "Nowa Konsultantka").param("office", "MC")
                        .param("roles", "AGENT").param("enabled", "true").param("password", "long-enough-pass"))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(users.find(new Username("mc.agent9"))).hasValueSatisfying(
                created -> assertThat(created.roles()).containsExactly(Role.AGENT));
        mvc.perform(get("/api/offices").with(httpBasic("mc.agent9", "long-enough-pass"))).andExpect(status().isOk());
    }

    @Test
    void anOfficeAdministratorChangesTheirOwnOfficeOnly() throws Exception {
        mvc.perform(post("/admin/offices/MKIDN").with(csrf()).with(user(details.loadUserByUsername("mkidn.officeadmin")))
                        .param("name", "Ministerstwo Kultury i Dziedzictwa Narodowego")
                        .param("transferTo", "sip:centrala@mkidn.urzad.test"))
                .andExpect(redirectedUrl("/offices"));
        mvc.perform(post("/admin/offices/MF").with(csrf()).with(user(details.loadUserByUsername("mkidn.officeadmin")))
                        .param("name", "Przejęte").param("transferTo", "sip:evil@attacker.test"))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/offices/MKIDN").with(httpBasic("agent1", PASSWORD)))
                .andExpect(jsonPath("$.transferTo").value("sip:centrala@mkidn.urzad.test"));
        mvc.perform(get("/api/offices/MF").with(httpBasic("agent1", PASSWORD)))
                .andExpect(jsonPath("$.transferTo").value("sip:infolinia@mf.urzad.test"));
    }

    @Test
    void anInvalidTransferAddressIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(post("/admin/offices/MKIDN").with(csrf()).with(user(details.loadUserByUsername("admin")))
                        .param("name", "Ministerstwo Kultury").param("kind", "MINISTRY")
                        .param("transferTo", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "transferTo", "Pattern"))
                .andExpect(content().string(containsString("Adres przekierowania musi mieć postać sip:użytkownik@host.")));
    }
}
