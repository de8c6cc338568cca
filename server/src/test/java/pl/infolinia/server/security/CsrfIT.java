package pl.infolinia.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.support.InfoliniaTest;

/** Every form that changes something needs the session's CSRF token; without it nothing changes. */
@InfoliniaTest
class CsrfIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    Offices offices;

    @Test
    void aFormPostWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/admin/offices").with(user(details.loadUserByUsername("admin")))
                        .param("code", "CSRF1").param("name", "Urząd z fałszywego formularza").param("kind", "MINISTRY"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/offices").with(csrf().useInvalidToken()).with(user(details.loadUserByUsername("admin")))
                        .param("code", "CSRF1").param("name", "Urząd z fałszywego formularza").param("kind", "MINISTRY"))
                .andExpect(status().isForbidden());

        assertThat(offices.find(new OfficeCode("CSRF1"))).isEmpty();
    }

    @Test
    void theSameFormWithTheTokenWorks() throws Exception {
        mvc.perform(post("/admin/offices").with(csrf()).with(user(details.loadUserByUsername("admin")))
                        .param("code", "CSRF2").param("name", "Urząd testowy").param("kind", "MINISTRY")
                        .param("transferTo", "sip:infolinia@test.urzad.test"))
                .andExpect(redirectedUrl("/offices"));

        assertThat(offices.find(new OfficeCode("CSRF2"))).isPresent();
    }

    @Test
    void theLoginAndLogoutFormsNeedTheTokenToo() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", InfoliniaTest.DEMO_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(details.loadUserByUsername("agent1"))))
                .andExpect(status().isForbidden());
    }
}
