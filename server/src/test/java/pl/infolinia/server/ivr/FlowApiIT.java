package pl.infolinia.server.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.server.support.InfoliniaTest;

/** The flows' JSON API: Basic-authenticated clients read and publish, invalid flows get 422 with their lines. */
@InfoliniaTest
class FlowApiIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    FlowLibrary library;

    @Autowired
    JdbcFlowVersions store;

    @Test
    void listsTheFlowsWithTheirCurrentVersionAndYaml() throws Exception {
        mvc.perform(get("/api/ivr/flows").with(httpBasic("officeadmin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("infolinia")));
        mvc.perform(get("/api/ivr/flows/infolinia").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(store.latest("infolinia").orElseThrow().version()))
                .andExpect(jsonPath("$.yaml", startsWith("# The demo hotline")));
        mvc.perform(get("/api/ivr/flows/infolinia/versions").with(httpBasic("officeadmin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].publishedBy").value("system"));
    }

    @Test
    void anInvalidFlowIs422WithEveryProblemAtItsLine() throws Exception {
        int before = store.latest("infolinia").orElseThrow().version();
        String broken = FlowLoader.demoYaml().replace("queue: podatki", "queue: akcyza");

        mvc.perform(post("/api/ivr/flows/infolinia/versions").with(httpBasic("officeadmin", PASSWORD))
                        .contentType(MediaType.TEXT_PLAIN).content(broken))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].line").value(FlowEditorIT.lineOf(broken, "queue: akcyza")))
                .andExpect(jsonPath("$.problems[0].field").value("nodes.kolejka-podatki.queue"))
                .andExpect(jsonPath("$.problems[0].message").value("no queue 'akcyza'"));

        assertThat(store.latest("infolinia").orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void aValidFlowIsPublishedAs201WithItsVersion() throws Exception {
        int before = store.latest("infolinia").orElseThrow().version();
        String edited = FlowLoader.demoYaml().replace("repeats: 2", "repeats: 3");

        mvc.perform(post("/api/ivr/flows/infolinia/versions").param("comment", "z API")
                        .with(httpBasic("officeadmin", PASSWORD))
                        .contentType("application/yaml").content(edited))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/ivr/flows/infolinia/versions/" + (before + 1)))
                .andExpect(jsonPath("$.version").value(before + 1))
                .andExpect(jsonPath("$.publishedBy").value("officeadmin"))
                .andExpect(jsonPath("$.comment").value("z API"));

        assertThat(library.current("infolinia").orElseThrow().yaml()).isEqualTo(edited);
    }

    @Test
    void otherOfficesAndOtherRolesAre403() throws Exception {
        int before = store.latest("infolinia").orElseThrow().version();
        mvc.perform(post("/api/ivr/flows/infolinia/versions").with(httpBasic("mc.officeadmin", PASSWORD))
                        .contentType(MediaType.TEXT_PLAIN).content(FlowLoader.demoYaml()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(get("/api/ivr/flows").with(httpBasic("agent1", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/ivr/flows/infolinia").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/ivr/flows/infolinia").with(httpBasic("mc.officeadmin", PASSWORD)))
                .andExpect(status().isForbidden());

        assertThat(store.latest("infolinia").orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void anOversizedFlowIs413() throws Exception {
        mvc.perform(post("/api/ivr/flows/infolinia/versions").with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(FlowLoader.demoYaml() + "#".repeat(FlowPublisher.MAX_BYTES)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.message", startsWith("a flow file is at most 256 KB")));
    }

    @Test
    void anUnknownFlowIs404() throws Exception {
        mvc.perform(get("/api/ivr/flows/nieznany").with(httpBasic("admin", PASSWORD))).andExpect(status().isNotFound());
    }
}
