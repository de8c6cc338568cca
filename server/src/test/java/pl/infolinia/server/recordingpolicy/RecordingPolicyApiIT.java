package pl.infolinia.server.recordingpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.contactcenter.recordingpolicy.RecordingMode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicy;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * Offices' recording policies through the API and the page: scoped to the office's administrators
 * (403 and an audit row for anyone else), checked, audited, read back by the switchboard's port.
 * Changes only MC's policy (MC runs no queue of the shared application's hotline) so that other
 * tests' calls are recorded as before.
 */
@InfoliniaTest
class RecordingPolicyApiIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;
    private static final String MC = "/api/offices/MC/recording-policy";

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingPolicies policies;

    @Autowired
    FlowLibrary flows;

    @Autowired
    UserDetailsService details;

    @Test
    void anOfficeWithoutAPolicyRecordsEveryCallAndAllowsPauses() throws Exception {
        mvc.perform(get("/api/offices/KPRM/recording-policy").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("ALL"))
                .andExpect(jsonPath("$.pauseAllowed").value(true));
    }

    @Test
    void anOfficesAdministratorSetsItsPolicyAndTheSwitchboardReadsItAtOnce() throws Exception {
        mvc.perform(putJson(MC, "mc.officeadmin", "{\"mode\": \"ON_DEMAND\", \"pauseAllowed\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("ON_DEMAND"))
                .andExpect(jsonPath("$.pauseAllowed").value(false));

        assertThat(policies.of(OfficeCode.of("MC")).mode()).isEqualTo(RecordingMode.ON_DEMAND);
        mvc.perform(get(MC).with(httpBasic("mc.agent1", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mode").value("ON_DEMAND"));
        assertThat(audit("OFFICE_CHANGED", "mc.officeadmin")).anySatisfy(detail ->
                assertThat(detail).isEqualTo("recording ON_DEMAND, pause not allowed"));

        mvc.perform(putJson(MC, "admin", "{\"mode\": \"ALL\", \"pauseAllowed\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mode").value("ALL"));
    }

    @Test
    void anotherOfficesPolicyIsForbiddenAndAudited() throws Exception {
        RecordingPolicy before = policies.of(OfficeCode.of("MC"));
        mvc.perform(get(MC).with(httpBasic("officeadmin", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(putJson(MC, "officeadmin", "{\"mode\": \"NONE\", \"pauseAllowed\": false}"))
                .andExpect(status().isForbidden());
        mvc.perform(putJson(MC, "mc.agent1", "{\"mode\": \"NONE\", \"pauseAllowed\": false}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/offices/MC/recording-policy").with(user(details.loadUserByUsername("officeadmin"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/offices/MC/recording-policy").with(user(details.loadUserByUsername("officeadmin")))
                        .with(csrf()).param("mode", "NONE"))
                .andExpect(status().isForbidden());

        assertThat(policies.of(OfficeCode.of("MC"))).isEqualTo(before);
        assertThat(audit("ACCESS_DENIED", "officeadmin")).contains("PUT " + MC, "GET " + MC);
        mvc.perform(get("/api/offices/NIEMA/recording-policy").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        String before = mvc.perform(get(MC).with(httpBasic("mc.officeadmin", PASSWORD))).andReturn().getResponse()
                .getContentAsString();

        mvc.perform(putJson(MC, "mc.officeadmin", "{\"mode\": \"CZASAMI\", \"pauseAllowed\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value("mode must be ALL, NONE or ON_DEMAND, not 'CZASAMI'"));
        mvc.perform(putJson(MC, "mc.officeadmin", "{\"mode\": \"NONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value("pauseAllowed (true or false) is needed"));
        mvc.perform(putJson(MC, "mc.officeadmin", "{\"mode\": \"NONE\", \"pauseAllowed\": false, \"queues\": {\"dokumenty\": \"ALL\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value("office MC has no queue 'dokumenty'"))
                .andExpect(jsonPath("$.message", containsString("Nothing changed")));
        mvc.perform(putJson(MC, "mc.officeadmin", "")).andExpect(status().isBadRequest());

        mvc.perform(get(MC).with(httpBasic("mc.officeadmin", PASSWORD)))
                .andExpect(content().json(before));
    }

    @Test
    void theQueuesOfTheHotlinesOfficeTakeAModeOfTheirOwnOnlyOnAValidRequest() throws Exception {
        // KPRM runs the hotline's queues; a mode for a queue it does not run is refused before anything is stored
        mvc.perform(putJson("/api/offices/KPRM/recording-policy", "officeadmin",
                        "{\"mode\": \"ALL\", \"pauseAllowed\": true, \"queues\": {\"akcyza\": \"NONE\", \"podatki\": \"SOMETIMES\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems.length()").value(2));

        assertThat(policies.of(OfficeCode.of("KPRM")).queueModes()).isEmpty();
    }

    @Test
    void aFlowThatQueuesIntoARecordedQueueWithoutTheNoticeIsNotPublished() throws Exception {
        int before = flows.current("infolinia").orElseThrow().version();
        String withoutNotice = FlowLoader.demoYaml().replace("recording-notice: true", "recording-notice: false");

        String problems = mvc.perform(post("/api/ivr/flows/infolinia/versions").with(httpBasic("officeadmin", PASSWORD))
                        .contentType(MediaType.TEXT_PLAIN).content(withoutNotice))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].line").value(lineOf(withoutNotice, "queue: dokumenty")))
                .andExpect(jsonPath("$.problems[0].field").value("nodes.kolejka-dokumenty.queue"))
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(problems, "$.problems[0].message"))
                .startsWith("queue 'dokumenty' may record calls, but a caller reaches it without the recording notice");
        assertThat(JsonPath.<List<?>>read(problems, "$.problems")).hasSize(10);
        assertThat(flows.current("infolinia").orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void thePageShowsThePolicyInPolishOrEnglishAndSavesIt() throws Exception {
        mvc.perform(get("/offices").with(user(details.loadUserByUsername("mc.officeadmin"))))
                .andExpect(content().string(containsString("/admin/offices/MC/recording-policy")));
        mvc.perform(get("/admin/offices/MC/recording-policy").with(user(details.loadUserByUsername("mc.officeadmin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nagrywanie rozmów: MC")))
                .andExpect(content().string(containsString("Nagrywaj na żądanie konsultanta")));
        mvc.perform(get("/admin/offices/MC/recording-policy?lang=en").with(user(details.loadUserByUsername("mc.officeadmin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Call recording: MC")));

        mvc.perform(post("/admin/offices/MC/recording-policy").with(user(details.loadUserByUsername("mc.officeadmin")))
                        .with(csrf()).param("mode", "ALL").param("pauseAllowed", "true"))
                .andExpect(redirectedUrl("/admin/offices/MC/recording-policy"));
        assertThat(policies.of(OfficeCode.of("MC")).pauseAllowed()).isTrue();

        mvc.perform(post("/admin/offices/MC/recording-policy").with(user(details.loadUserByUsername("mc.officeadmin")))
                        .with(csrf()).param("mode", "ZAWSZE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nie zapisano")))
                .andExpect(content().string(containsString("mode must be ALL, NONE or ON_DEMAND")));
        assertThat(policies.of(OfficeCode.of("MC")).mode()).isEqualTo(RecordingMode.ALL);
    }

    private MockHttpServletRequestBuilder putJson(String url, String user, String json) {
        return put(url).with(httpBasic(user, PASSWORD)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** The details (or targets, for denials) of the audit rows of {@code action} by {@code actor}. */
    private List<String> audit(String action, String actor) throws Exception {
        String rows = mvc.perform(get("/api/audit").param("limit", "1000").with(httpBasic("admin", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        String field = action.equals("ACCESS_DENIED") ? "target" : "details";
        return JsonPath.read(rows, "$[?(@.action == '" + action + "' && @.actor == '" + actor + "')]." + field);
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }
}
