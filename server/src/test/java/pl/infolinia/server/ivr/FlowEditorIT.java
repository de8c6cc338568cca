package pl.infolinia.server.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.hotline.FlowVersion;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.contactcenter.ivr.IvrNode;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditEntry;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.support.InfoliniaTest;

/** Administrators edit the hotline's IVR flow in the browser: checked at its lines, versioned, in force at once. */
@InfoliniaTest
class FlowEditorIT {

    static final String FLOW = "infolinia";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    FlowLibrary library;

    @Autowired
    JdbcFlowVersions store;

    @Autowired
    AuditLog audit;

    @Test
    void theShippedDemoFlowIsVersionOneAtStart() {
        PublishedFlow first = store.history(FLOW).getFirst();
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.publishedBy()).isEqualTo("system");
        assertThat(first.yaml()).isEqualTo(FlowLoader.demoYaml());
        assertThat(library.history(FLOW).getFirst().yaml()).isEqualTo(FlowLoader.demoYaml());
    }

    @Test
    void aMenuOptionToAMissingNodeIsShownAtItsLineAndNothingIsStored() throws Exception {
        int before = store.latest(FLOW).orElseThrow().version();
        String broken = FlowLoader.demoYaml().replace("7: temat-firma", "7: temat-firmy");
        int line = lineOf(broken, "7: temat-firmy");

        mvc.perform(post("/ivr/" + FLOW).with(csrf()).with(user(as("officeadmin")))
                        .param("yaml", broken).param("comment", "literówka").param("action", "publish"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nic nie zostało zapisane")))
                .andExpect(content().string(containsString("<td>" + line + "</td>")))
                .andExpect(content().string(containsString("nodes.menu.options.7")))
                .andExpect(content().string(containsString("no node &#39;temat-firmy&#39;")))
                .andExpect(content().string(containsString("7: temat-firmy\n      8: temat-cudzoziemcy")));

        assertThat(store.latest(FLOW).orElseThrow().version()).isEqualTo(before);
        assertThat(library.current(FLOW).orElseThrow().yaml()).doesNotContain("temat-firmy");
    }

    @Test
    void aYamlSyntaxErrorIsShownAtItsLine() throws Exception {
        String broken = "name: infolinia\nstart: koniec\nnodes:\n\tkoniec:\n    type: hangup\n";

        mvc.perform(post("/ivr/" + FLOW).with(csrf()).with(user(as("admin")))
                        .param("yaml", broken).param("action", "check"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>4</td>")))
                .andExpect(content().string(containsString("not valid YAML")));
    }

    @Test
    void aFlowMustKeepItsName() throws Exception {
        String renamed = FlowLoader.demoYaml().replace("name: infolinia", "name: inna");

        mvc.perform(post("/ivr/" + FLOW).with(csrf()).with(user(as("admin")))
                        .param("yaml", renamed).param("action", "check"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>" + lineOf(renamed, "name: inna") + "</td>")))
                .andExpect(content().string(containsString("the name cannot change here")));
    }

    @Test
    void checkingAValidFlowStoresNothing() throws Exception {
        int before = store.latest(FLOW).orElseThrow().version();

        mvc.perform(post("/ivr/" + FLOW).with(csrf()).with(user(as("officeadmin")))
                        .param("yaml", FlowLoader.demoYaml()).param("action", "check"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Scenariusz jest poprawny")));

        assertThat(store.latest(FLOW).orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void aValidEditIsTheNextVersionInForceAtOnceAndAnOldVersionCanBeRestored() throws Exception {
        int before = store.latest(FLOW).orElseThrow().version();
        String edited = FlowLoader.demoYaml().replace("timeout: 6", "timeout: 8");

        mvc.perform(post("/ivr/" + FLOW).with(csrf()).with(user(as("officeadmin")))
                        .param("yaml", edited.replace("\n", "\r\n")).param("comment", "dłuższy czas na wybór")
                        .param("action", "publish"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/ivr/" + FLOW))
                .andExpect(flash().attribute("published", before + 1));

        PublishedFlow stored = store.latest(FLOW).orElseThrow();
        assertThat(stored.version()).isEqualTo(before + 1);
        assertThat(stored.yaml()).isEqualTo(edited);
        assertThat(stored.publishedBy()).isEqualTo("officeadmin");
        assertThat(stored.comment()).contains("dłuższy czas na wybór");
        FlowVersion inForce = library.current(FLOW).orElseThrow();
        assertThat(inForce.version()).isEqualTo(before + 1);
        assertThat(((IvrNode.Menu) inForce.flow().node("menu")).timeout()).isEqualTo(Duration.ofSeconds(8));

        mvc.perform(post("/ivr/" + FLOW + "/versions/1/restore").with(csrf()).with(user(as("admin"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("published", before + 2));

        assertThat(store.latest(FLOW).orElseThrow().yaml()).isEqualTo(FlowLoader.demoYaml());
        assertThat(store.latest(FLOW).orElseThrow().comment()).contains("przywrócenie wersji 1");
        assertThat(library.current(FLOW).orElseThrow().version()).isEqualTo(before + 2);
        assertThat(((IvrNode.Menu) library.current(FLOW).orElseThrow().flow().node("menu")).timeout())
                .isEqualTo(Duration.ofSeconds(6));
        List<AuditEntry> entries = audit.recent(Optional.empty(), 50);
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.IVR_FLOW_PUBLISHED);
            assertThat(entry.actor()).isEqualTo("officeadmin");
            assertThat(entry.details()).startsWith("version " + (before + 1));
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.IVR_FLOW_PUBLISHED);
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.details()).isEqualTo("version " + (before + 2) + ": przywrócenie wersji 1");
        });
    }

    @Test
    void theEditorShowsTheHistoryAndAnOldVersion() throws Exception {
        mvc.perform(get("/ivr").with(user(as("officeadmin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/ivr/infolinia\"")));
        mvc.perform(get("/ivr/" + FLOW).with(user(as("officeadmin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Historia wersji")))
                .andExpect(content().string(containsString("shipped demo flow")));
        mvc.perform(get("/ivr/" + FLOW + "/versions/1").with(user(as("officeadmin"))).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Flow infolinia, version 1")))
                .andExpect(content().string(containsString("menu-glowne")));
        mvc.perform(get("/ivr/" + FLOW + "/versions/999").with(user(as("admin")))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsOfTheHotlinesOfficeEditItsFlow() throws Exception {
        for (String outsider : List.of("agent1", "supervisor", "kbeditor", "mc.officeadmin")) {
            mvc.perform(get("/ivr").with(user(as(outsider)))).andExpect(status().isForbidden());
            mvc.perform(get("/ivr/" + FLOW).with(user(as(outsider)))).andExpect(status().isForbidden());
        }
        int before = store.latest(FLOW).orElseThrow().version();
        mvc.perform(post("/ivr/" + FLOW).with(csrf()).with(user(as("mc.officeadmin")))
                        .param("yaml", FlowLoader.demoYaml()).param("action", "publish"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ivr/" + FLOW + "/versions/1/restore").with(csrf()).with(user(as("mc.officeadmin"))))
                .andExpect(status().isForbidden());

        assertThat(store.latest(FLOW).orElseThrow().version()).isEqualTo(before);
        assertThat(audit.recent(Optional.empty(), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(entry.actor()).isEqualTo("mc.officeadmin");
            assertThat(entry.target()).isEqualTo("POST /ivr/infolinia");
        });
    }

    @Test
    void theMenuShowsFlowsOnlyToThoseWhoEditThem() throws Exception {
        mvc.perform(get("/").with(user(as("officeadmin")))).andExpect(content().string(containsString("href=\"/ivr\"")));
        mvc.perform(get("/").with(user(as("admin")))).andExpect(content().string(containsString("href=\"/ivr\"")));
        for (String outsider : List.of("agent1", "supervisor", "mc.officeadmin")) {
            mvc.perform(get("/").with(user(as(outsider)))).andExpect(content().string(not(containsString("href=\"/ivr\""))));
        }
    }

    @Test
    void anOversizedFlowIsRefusedWithItsLimit() throws Exception {
        int before = store.latest(FLOW).orElseThrow().version();
        String huge = FlowLoader.demoYaml() + "#".repeat(FlowPublisher.MAX_BYTES) + "\n";

        mvc.perform(post("/ivr/" + FLOW).with(csrf()).with(user(as("admin")))
                        .param("yaml", huge).param("action", "publish"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("najwyżej 256 KB")));

        assertThat(store.latest(FLOW).orElseThrow().version()).isEqualTo(before);
    }

    private UserDetails as(String username) {
        return details.loadUserByUsername(username);
    }

    static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }
}
