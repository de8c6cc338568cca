package pl.infolinia.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditEntry;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.server.support.TestUsers;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/** After three failed logins in a row (the tests' setting) an account is locked, for the form and the API alike. */
@InfoliniaTest
class LoginLockoutIT {

    private static final String PASSWORD = "right-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Users users;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService details;

    @Test
    void locksTheAccountAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
        Username name = testUsers.create("KPRM", Role.AGENT, PASSWORD);
        for (int attempt = 0; attempt < 3; attempt++) {
            mvc.perform(formLogin("/login").user(name.value()).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin("/login").user(name.value()).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/offices").with(httpBasic(name.value(), PASSWORD))).andExpect(status().isUnauthorized());

        assertThat(users.find(name).orElseThrow().lockedUntil()).isPresent();
        assertThat(actionsFor(name)).containsSubsequence(AuditAction.LOGIN_FAILED, AuditAction.LOGIN_FAILED,
                AuditAction.LOGIN_FAILED, AuditAction.ACCOUNT_LOCKED, AuditAction.LOGIN_REFUSED_LOCKED);
    }

    @Test
    void failuresThroughTheApiCountToo() throws Exception {
        Username name = testUsers.create("MC", Role.AGENT, PASSWORD);
        for (int attempt = 0; attempt < 3; attempt++) {
            mvc.perform(get("/api/offices").with(httpBasic(name.value(), "wrong"))).andExpect(status().isUnauthorized());
        }

        mvc.perform(formLogin("/login").user(name.value()).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() throws Exception {
        Username name = testUsers.create("KPRM", Role.AGENT, PASSWORD);
        mvc.perform(formLogin("/login").user(name.value()).password("wrong"));
        mvc.perform(formLogin("/login").user(name.value()).password("wrong"));
        mvc.perform(formLogin("/login").user(name.value()).password(PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(name.value()).password("wrong"));
        mvc.perform(formLogin("/login").user(name.value()).password("wrong"));

        mvc.perform(formLogin("/login").user(name.value()).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        Username name = testUsers.create("KPRM", Role.AGENT, PASSWORD);
        for (int attempt = 0; attempt < 3; attempt++) {
            mvc.perform(formLogin("/login").user(name.value()).password("wrong"));
        }

        mvc.perform(post("/admin/users/" + name.value() + "/unlock").with(csrf())
                        .with(user(details.loadUserByUsername("officeadmin"))))
                .andExpect(redirectedUrl("/admin/users/" + name.value() + "/edit"));

        mvc.perform(formLogin("/login").user(name.value()).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(actionsFor(name)).contains(AuditAction.USER_UNLOCKED, AuditAction.LOGIN_SUCCEEDED);
    }

    @Test
    void unknownUserNamesAreRefusedLikeWrongPasswordsAndAudited() throws Exception {
        mvc.perform(formLogin("/login").user("nobody.here").password("whatever")).andExpect(redirectedUrl("/login?error"));

        assertThat(audit.recent(Optional.empty(), 50)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("nobody.here");
            assertThat(entry.action()).isEqualTo(AuditAction.LOGIN_FAILED);
            assertThat(entry.remoteAddress()).isEqualTo("127.0.0.1");
        });
    }

    private List<AuditAction> actionsFor(Username name) {
        OfficeCode office = users.find(name).orElseThrow().office().orElseThrow();
        return audit.recent(Optional.of(office), 1000).reversed().stream()
                .filter(entry -> name.value().equals(entry.target()))
                .map(AuditEntry::action).toList();
    }
}
