package pl.infolinia.server.office;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.server.support.InfoliniaTest;

@InfoliniaTest
class OfficeApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void answers401WithoutCredentials() throws Exception {
        mvc.perform(get("/api/offices"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Infolinia\""))
                .andExpect(jsonPath("$.error").value("unauthorized"))
                .andExpect(content().string(not(containsString("KPRM"))));
    }

    @Test
    void answers401ForAWrongPassword() throws Exception {
        mvc.perform(get("/api/offices").with(httpBasic("mc.agent2", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void listsThe34OfficesToAnySignedInUser() throws Exception {
        mvc.perform(get("/api/offices").with(httpBasic("agent1", InfoliniaTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(34)))
                .andExpect(jsonPath("$[?(@.code == 'KPRM')].name").value("Kancelaria Prezesa Rady Ministrów"))
                .andExpect(jsonPath("$[?(@.code == 'MC')].transferTo").value("sip:infolinia@mc.urzad.test"))
                .andExpect(jsonPath("$[?(@.kind == 'MINISTRY')]", hasSize(17)))
                .andExpect(jsonPath("$[?(@.kind == 'VOIVODESHIP_OFFICE')]", hasSize(16)));
    }

    @Test
    void showsOneOfficeAnd404ForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/offices/MSWIA").with(httpBasic("agent1", InfoliniaTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kindName").value("ministerstwo"));
        mvc.perform(get("/api/offices/NOPE").with(httpBasic("agent1", InfoliniaTest.DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
