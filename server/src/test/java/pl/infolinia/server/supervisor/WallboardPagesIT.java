package pl.infolinia.server.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * The wallboard's pages and forms without phones: each leader sees their own office only (ADMIN
 * all, or one chosen), forced states and thresholds are checked, applied, audited, and refused
 * across offices; a contact's events only for its office.
 */
@InfoliniaTest
class WallboardPagesIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    JdbcThresholds thresholds;

    @Autowired
    Acd acd;

    @Autowired
    ContactEventLog events;

    @Autowired
    AuditLog audit;

    private UserDetails as(String username) {
        return details.loadUserByUsername(username);
    }

    @Test
    void aSupervisorSeesTheirOwnOfficeAndIsRefusedAnothers() throws Exception {
        mvc.perform(get("/supervisor").with(user(as("supervisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"queue-KPRM-dokumenty\"")));
        mvc.perform(get("/supervisor").with(user(as("mc.supervisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("queue-KPRM"))));
        for (String url : new String[] {"/supervisor?office=KPRM", "/supervisor/board?office=KPRM", "/supervisor/live?office=KPRM"}) {
            mvc.perform(get(url).with(user(as("mc.supervisor")))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/supervisor?lang=en").with(user(as("supervisor"))))
                .andExpect(content().string(containsString("wallboard")))
                .andExpect(content().string(containsString("Service level today")));
        mvc.perform(get("/supervisor").with(user(as("agent1")))).andExpect(status().isForbidden());
        mvc.perform(get("/supervisor").with(user(as("kbeditor")))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorSeesEveryOfficeOrTheOneChosen() throws Exception {
        mvc.perform(get("/supervisor").with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("queue-KPRM-dokumenty")))
                .andExpect(content().string(containsString("id=\"office-filter\"")));
        mvc.perform(get("/supervisor/board?office=MC").with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("queue-KPRM"))));
        mvc.perform(get("/supervisor?office=NOPE").with(user(as("admin")))).andExpect(status().isNotFound());
    }

    @Test
    void thresholdsThatDoNotHoldTogetherChangeNothing() throws Exception {
        Thresholds before = thresholds.of(new pl.infolinia.server.office.OfficeCode("MSWIA"));
        mvc.perform(thresholdsForm("mswia.supervisor", "MSWIA", 5, 5))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "supervisor.thresholds.invalid.waiting"));
        assertThat(thresholds.of(new pl.infolinia.server.office.OfficeCode("MSWIA"))).isEqualTo(before);

        mvc.perform(thresholdsForm("mswia.supervisor", "MSWIA", 2, 4))
                .andExpect(flash().attribute("notice", "supervisor.thresholds.saved"));
        assertThat(thresholds.of(new pl.infolinia.server.office.OfficeCode("MSWIA")).waitingRed()).isEqualTo(4);
        assertThat(audit.recent(Optional.empty(), 20)).anyMatch(entry ->
                entry.action() == AuditAction.WALLBOARD_THRESHOLDS_CHANGED && entry.target().equals("MSWIA"));

        mvc.perform(thresholdsForm("mc.supervisor", "MSWIA", 2, 5)).andExpect(status().isForbidden());
        mvc.perform(thresholdsForm("admin", "", 2, 5)).andExpect(status().isBadRequest());
        assertThat(thresholds.of(new pl.infolinia.server.office.OfficeCode("MSWIA")).waitingRed()).isEqualTo(4);
    }

    @Test
    void aSupervisorForcesTheirConsultantsStateAndNotAnotherOfficesOne() throws Exception {
        mvc.perform(force("mc.supervisor", "agent1", "AVAILABLE", "")).andExpect(status().isForbidden());
        mvc.perform(force("supervisor", "agent1", "BREAK", " "))
                .andExpect(flash().attribute("notice", "supervisor.force.REASON_NEEDED"));
        mvc.perform(force("supervisor", "nobody", "AVAILABLE", "")).andExpect(status().isNotFound());

        mvc.perform(force("supervisor", "agent1", "AVAILABLE", ""))
                .andExpect(flash().attribute("notice", "supervisor.force.DONE"));
        assertThat(acd.agent(AgentId.of("agent1")).presence()).isEqualTo(AgentPresence.AVAILABLE);
        mvc.perform(force("supervisor", "agent1", "BREAK", "szkolenie"))
                .andExpect(flash().attribute("notice", "supervisor.force.DONE"));
        assertThat(acd.agent(AgentId.of("agent1")).breakReason()).isEqualTo("szkolenie");
        mvc.perform(force("supervisor", "agent1", "LOGGED_OUT", ""))
                .andExpect(flash().attribute("notice", "supervisor.force.DONE"));
        assertThat(acd.agent(AgentId.of("agent1")).presence()).isEqualTo(AgentPresence.LOGGED_OUT);
        mvc.perform(force("supervisor", "agent1", "LOGGED_OUT", ""))
                .andExpect(flash().attribute("notice", "supervisor.force.NOT_LOGGED_IN"));
        assertThat(audit.recent(Optional.empty(), 20)).anyMatch(entry ->
                entry.action() == AuditAction.AGENT_STATE_FORCED && entry.target().equals("agent1")
                        && entry.details().equals("BREAK szkolenie") && entry.actor().equals("supervisor"));
    }

    @Test
    void aContactsEventsAreShownToItsOfficesLeadersOnly() throws Exception {
        ContactId contact = ContactId.random();
        events.append(new CallArrived(contact, Instant.now(), "48600700800", "infolinia"));
        events.append(new CallQueued(contact, Instant.now(), QueueCode.of("dokumenty"), OfficeCode.of("KPRM"), 0));

        mvc.perform(get("/supervisor/contacts/" + contact.value()).with(user(as("supervisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CallQueued")))
                .andExpect(content().string(containsString("48600700800")));
        mvc.perform(get("/supervisor/contacts/" + contact.value()).with(user(as("mc.supervisor"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervisor/contacts/" + contact.value()).with(user(as("agent1"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervisor/contacts/" + ContactId.random().value()).with(user(as("supervisor"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyALiveCallCanBeSupervised() throws Exception {
        mvc.perform(post("/api/contacts/" + ContactId.random().value() + "/supervise")
                        .with(httpBasic("supervisor", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"LISTEN\"}"))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder thresholdsForm(String username, String office, int waitingAmber,
            int waitingRed) {
        return post("/supervisor/thresholds").with(user(as(username))).with(csrf())
                .param("office", office).param("waitingAmber", Integer.toString(waitingAmber))
                .param("waitingRed", Integer.toString(waitingRed)).param("longestWaitAmber", "30")
                .param("longestWaitRed", "60").param("serviceLevelAmber", "80").param("serviceLevelRed", "60");
    }

    private MockHttpServletRequestBuilder force(String username, String consultant, String state, String reason) {
        return post("/supervisor/states").with(user(as(username))).with(csrf())
                .param("username", consultant).param("state", state).param("reason", reason);
    }
}
