package pl.infolinia.server.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.RecordingCatalog;
import pl.infolinia.recording.storage.RecordingStore;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * The quality pages keep to the same rules as the API: forms and scoring only for the office's
 * overseers, a consultant's page lists only their own evaluations, another office is 403 and
 * audited, a refused sheet is shown again with the reason and nothing stored.
 */
@InfoliniaTest
class QualityPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    RecordingStore store;

    @Autowired
    RecordingCatalog catalog;

    @TempDir
    Path dir;

    private ArchivedRecording call;
    private String formName;

    @BeforeEach
    void aRecordedCallOfAgent2() {
        call = new RecordedCalls(store, catalog, dir).archive("KPRM", "dokumenty", "agent2",
                "4880" + (System.nanoTime() % 10_000_000), Instant.now().minus(Duration.ofMinutes(2)), Duration.ofSeconds(3));
        formName = "Strona " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aSupervisorDefinesAFormAndScoresACallFromThePages() throws Exception {
        mvc.perform(post("/quality/forms").with(user(as("supervisor"))).with(csrf()).param("office", "KPRM")
                        .param("name", formName).param("criterionName", "Powitanie", "Odpowiedź", "")
                        .param("criterionDescription", "", "", "").param("criterionWeight", "1", "4", ""))
                .andExpect(status().is3xxRedirection());
        String form = formId();

        mvc.perform(get("/quality/recordings/" + call.id() + "/panel").param("form", form).with(user(as("supervisor"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Powitanie (waga 1)")));
        mvc.perform(post("/quality/recordings/" + call.id() + "/evaluations").header("HX-Request", "true")
                        .with(user(as("supervisor"))).with(csrf()).param("form", form).param("criterion0", "")
                        .param("criterion1", "").param("score0", "5").param("score1", "3")
                        .param("commentAt", "00:02").param("commentText", "Dobre pytanie o PESEL"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Redirect", containsString("/quality/evaluations/")));

        String evaluations = mvc.perform(get("/api/quality/evaluations").param("recording", call.id())
                .with(httpBasic("supervisor", InfoliniaTest.DEMO_PASSWORD))).andReturn().getResponse().getContentAsString();
        // (1*5 + 4*3) / (5*5) = 68 %
        assertThat(JsonPath.<List<Double>>read(evaluations, "$[*].percent")).containsExactly(68.0);
        String id = JsonPath.<List<String>>read(evaluations, "$[*].id").getFirst();
        mvc.perform(get("/quality/evaluations/" + id).with(user(as("agent2")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dobre pytanie o PESEL")));
        mvc.perform(get("/quality/evaluations/" + id).with(user(as("agent1")))).andExpect(status().isForbidden());
        mvc.perform(get("/quality").with(user(as("agent1")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id))));
        mvc.perform(get("/quality").with(user(as("agent2")))).andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
        mvc.perform(get("/quality").param("consultant", "agent2").with(user(as("supervisor")))).andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
        mvc.perform(get("/quality").param("consultant", "agent3").with(user(as("supervisor")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id))));
        mvc.perform(get("/quality").param("from", "2020-01-01").param("to", "2020-01-31").with(user(as("supervisor"))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(id))));
    }

    @Test
    void aMissingScoreIsShownAgainWithTheReasonAndNothingIsStored() throws Exception {
        mvc.perform(post("/quality/forms").with(user(as("officeadmin"))).with(csrf()).param("office", "KPRM")
                .param("name", formName).param("criterionName", "Powitanie", "Odpowiedź")
                .param("criterionDescription", "", "").param("criterionWeight", "1", "4"));
        String form = formId();
        mvc.perform(post("/quality/recordings/" + call.id() + "/evaluations").header("HX-Request", "true")
                        .with(user(as("supervisor"))).with(csrf()).param("form", form).param("criterion0", "")
                        .param("criterion1", "").param("score0", "5").param("commentAt", "00:01")
                        .param("commentText", "zostaje w formularzu"))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Redirect"))
                .andExpect(content().string(containsString("Nie zapisano: oceń każde kryterium w skali od 0 do 5.")))
                .andExpect(content().string(containsString("zostaje w formularzu")));
        mvc.perform(post("/quality/forms").with(user(as("supervisor"))).with(csrf()).param("office", "KPRM")
                        .param("name", formName).param("criterionName", "Powitanie").param("criterionDescription", "")
                        .param("criterionWeight", "dużo"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("waga kryterium „Powitanie” to liczba od 1 do 100, a nie „dużo”")));
        // "more rows" keeps what was typed, adds blank rows and saves nothing
        mvc.perform(post("/quality/forms").with(user(as("supervisor"))).with(csrf()).param("office", "KPRM")
                        .param("name", formName + "x").param("criterionName", "Empatia").param("criterionDescription", "")
                        .param("criterionWeight", "2").param("more", "rows"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Empatia\"")))
                .andExpect(content().string(containsString("id=\"criterion-name-3\"")));
        String evaluations = mvc.perform(get("/api/quality/evaluations").param("recording", call.id())
                .with(httpBasic("supervisor", InfoliniaTest.DEMO_PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<?>>read(evaluations, "$")).isEmpty();
        String forms = mvc.perform(get("/api/quality/forms").param("office", "KPRM")
                .with(httpBasic("supervisor", InfoliniaTest.DEMO_PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(forms, "$[*].name")).doesNotContain(formName + "x");
    }

    @Test
    void anotherOfficeIsRefusedOnEveryPageAndAudited() throws Exception {
        mvc.perform(get("/quality/forms/edit").param("office", "KPRM").with(user(as("mc.supervisor"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/quality/forms").with(user(as("mc.supervisor"))).with(csrf()).param("office", "KPRM")
                .param("name", formName).param("criterionName", "a").param("criterionWeight", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/quality/recordings/" + call.id() + "/panel").with(user(as("mc.supervisor"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/quality/recordings/" + call.id() + "/panel").with(user(as("agent1"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/quality").param("office", "KPRM").with(user(as("mc.supervisor"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/quality/averages").param("office", "KPRM").with(user(as("mc.supervisor"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/quality/averages").with(user(as("agent1")))).andExpect(status().isForbidden());
        mvc.perform(get("/quality/forms/edit").param("office", "KPRM").with(user(as("agent1"))))
                .andExpect(status().isForbidden());

        String audit = mvc.perform(get("/api/audit").param("limit", "1000")
                .with(httpBasic("admin", InfoliniaTest.DEMO_PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(audit,
                "$[?(@.action == 'ACCESS_DENIED' && @.actor == 'mc.supervisor')].details"))
                .anyMatch(details -> details.contains(call.id()))
                .anyMatch(details -> details.contains("quality of office KPRM"));
    }

    @Test
    void anAdministratorReadsEveryOfficeAndPicksOneForItsForms() throws Exception {
        mvc.perform(get("/quality").with(user(as("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"office\"")));
        mvc.perform(get("/quality").param("office", "MC").with(user(as("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Formularze oceny")));
        mvc.perform(get("/quality/averages").param("by", "OFFICE").with(user(as("admin")))).andExpect(status().isOk());
        mvc.perform(get("/quality/recordings/" + call.id() + "/panel").with(user(as("admin")))).andExpect(status().isOk());
    }

    @Test
    void thePagesSpeakEnglishOnRequest() throws Exception {
        mvc.perform(get("/quality").param("lang", "en").with(user(as("supervisor")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Evaluation forms")));
        mvc.perform(get("/quality/averages").param("by", "QUEUE").param("period", "WEEK").with(user(as("supervisor"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Średnie ocen")));
    }

    private String formId() throws Exception {
        String forms = mvc.perform(get("/api/quality/forms").param("office", "KPRM")
                .with(httpBasic("supervisor", InfoliniaTest.DEMO_PASSWORD))).andReturn().getResponse().getContentAsString();
        return JsonPath.<List<String>>read(forms, "$[?(@.name == '" + formName + "')].id").getFirst();
    }

    private UserDetails as(String username) {
        return details.loadUserByUsername(username);
    }
}
