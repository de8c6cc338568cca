package pl.infolinia.server.switchboard;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * Consultants' states through the API: their own, forced by their office's supervisor, never by
 * another office; a break needs a reason; only consultants with skills can take calls.
 */
@InfoliniaTest
class AgentApiIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Test
    void aConsultantLogsInTakesABreakWithAReasonAndComesBack() throws Exception {
        setState("agent3", "agent3", "{\"state\":\"AVAILABLE\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.presence").value("AVAILABLE")).andExpect(jsonPath("$.activity").value("IDLE"));
        setState("agent3", "agent3", "{\"state\":\"BREAK\"}").andExpect(status().isBadRequest());
        setState("agent3", "agent3", "{\"state\":\"BREAK\",\"reason\":\"szkolenie\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.presence").value("ON_BREAK"))
                .andExpect(jsonPath("$.breakReason").value("szkolenie"));
        setState("agent3", "agent3", "{\"state\":\"AVAILABLE\"}").andExpect(jsonPath("$.presence").value("AVAILABLE"));
        setState("agent3", "agent3", "{\"state\":\"SLEEPING\"}").andExpect(status().isBadRequest());
    }

    @Test
    void theOfficesSupervisorSeesAndForcesItsConsultantsButNoOtherOfficeDoes() throws Exception {
        setState("agent4", "agent4", "{\"state\":\"AVAILABLE\"}").andExpect(status().isOk());

        mvc.perform(get("/api/agents").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(jsonPath("$[*].username", hasItem("agent4")));
        mvc.perform(get("/api/agents").with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(jsonPath("$[*].username", not(hasItem("agent4"))));
        setState("mc.supervisor", "agent4", "{\"state\":\"LOGGED_OUT\"}").andExpect(status().isForbidden());
        setState("agent3", "agent4", "{\"state\":\"LOGGED_OUT\"}").andExpect(status().isForbidden());

        setState("supervisor", "agent4", "{\"state\":\"LOGGED_OUT\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.presence").value("LOGGED_OUT"));
        mvc.perform(get("/api/audit").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$[*].action", hasItem("AGENT_STATE_FORCED")));
        mvc.perform(get("/api/agents")).andExpect(status().isUnauthorized());
    }

    @Test
    void theOfficesAdministratorSetsAConsultantsSkillsAndTheChangeIsAudited() throws Exception {
        mvc.perform(put("/api/agents/agent2/skills").with(httpBasic("officeadmin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"praca\": 8, \"zdrowie\": 3}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.praca").value(8))
                .andExpect(jsonPath("$.dokumenty").doesNotExist());
        mvc.perform(get("/api/agents/agent2/skills").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(jsonPath("$.zdrowie").value(3));
        mvc.perform(get("/api/audit").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$[*].action", hasItem("AGENT_SKILLS_CHANGED")));

        mvc.perform(put("/api/agents/agent2/skills").with(httpBasic("supervisor", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"praca\": 8}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/agents/agent2/skills").with(httpBasic("mc.officeadmin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"praca\": 8}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/agents/agent2/skills").with(httpBasic("officeadmin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"praca\": 11}")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/agents/agent2/skills").with(httpBasic("officeadmin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"<script>\": 5}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/agents/nobody/skills").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aUserWithoutSkillsCannotTakeCalls() throws Exception {
        setState("mc.agent1", "mc.agent1", "{\"state\":\"AVAILABLE\"}").andExpect(status().isConflict());
    }

    @Test
    void onlyTheConsultantOnTheCallCanTransferIt() throws Exception {
        mvc.perform(post("/api/contacts/no-such-call/transfer").with(httpBasic("agent1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"target\":\"MSWIA\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/contacts/no-such-call/consult").with(httpBasic("agent1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"target\":\"sip:+48600100200\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/contacts/no-such-call/consult/complete").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isConflict());
    }

    private ResultActions setState(String who, String agent, String body) throws Exception {
        return mvc.perform(put("/api/agents/" + agent + "/state").with(httpBasic(who, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
