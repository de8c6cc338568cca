package pl.infolinia.server.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.server.support.TestUsers;

/** A password works for the web, the API and (through its HA1) the user's SIP phone, and changes for all three. */
@InfoliniaTest
class UserPasswordsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserDetailsService details;

    @Test
    void demoAgentsHaveSipAccountsWithTheDemoPassword() {
        assertThat(users.sipHa1(new Username("agent1")))
                .contains(PasswordHasher.sipHa1("agent1", InfoliniaTest.DEMO_PASSWORD));
        assertThat(users.sipHa1(new Username("mc.agent2")))
                .contains(PasswordHasher.sipHa1("mc.agent2", InfoliniaTest.DEMO_PASSWORD));
    }

    @Test
    void anAdministratorSetsANewPasswordForWebApiAndPhone() throws Exception {
        Username name = testUsers.create("KPRM", Role.AGENT, "first-password-1");

        mvc.perform(post("/admin/users/" + name.value() + "/password").with(csrf())
                        .with(user(details.loadUserByUsername("officeadmin"))).param("password", "second-password-2"))
                .andExpect(redirectedUrl("/admin/users/" + name.value() + "/edit"));

        mvc.perform(get("/api/users/me").with(httpBasic(name.value(), "second-password-2"))).andExpect(status().isOk());
        mvc.perform(get("/api/users/me").with(httpBasic(name.value(), "first-password-1")))
                .andExpect(status().isUnauthorized());
        assertThat(users.sipHa1(name)).contains(PasswordHasher.sipHa1(name.value(), "second-password-2"));
    }

    @Test
    void aShortPasswordIsRefusedAndTheOldOneStays() throws Exception {
        Username name = testUsers.create("KPRM", Role.AGENT, "first-password-1");

        mvc.perform(post("/admin/users/" + name.value() + "/password").with(csrf())
                        .with(user(details.loadUserByUsername("officeadmin"))).param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("passwordError", "user.password.tooShort"))
                .andExpect(content().string(containsString("Hasło musi mieć co najmniej 12 znaków.")));

        mvc.perform(get("/api/users/me").with(httpBasic(name.value(), "first-password-1"))).andExpect(status().isOk());
    }
}
