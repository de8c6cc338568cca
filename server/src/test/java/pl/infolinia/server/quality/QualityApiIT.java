package pl.infolinia.server.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.RecordingCatalog;
import pl.infolinia.recording.storage.RecordingStore;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * Forms, scoring, reading and averages through {@code /api/quality}, with office scoping: another
 * office's supervisor is refused and audited, a consultant reads only their own evaluations, bad
 * input is 400 and stores nothing. Runs on H2 and, in {@code ./infolinia test}, on PostgreSQL.
 */
@InfoliniaTest
class QualityApiIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingStore store;

    @Autowired
    RecordingCatalog catalog;

    @TempDir
    Path dir;

    private RecordedCalls calls;
    private String formName;

    @BeforeEach
    void archive() {
        calls = new RecordedCalls(store, catalog, dir);
        formName = "Rozmowa " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aSupervisorScoresACallOnTheOfficesFormAndTheTotalIsWeighted() throws Exception {
        ArchivedRecording call = kprmCall("agent1", Instant.now().minus(Duration.ofHours(1)));
        String form = kprmForm("supervisor");

        String saved = score("supervisor", call, form, List.of(5, 2, 4),
                List.of(Map.of("at", "00:01", "text", "Powitanie bez nazwy infolinii"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        // (1*5 + 3*2 + 6*4) / (10*5) = 70 %
        assertThat(JsonPath.<Double>read(saved, "$.percent")).isEqualTo(70.0);
        assertThat(JsonPath.<String>read(saved, "$.consultant")).isEqualTo("agent1");
        assertThat(JsonPath.<String>read(saved, "$.contact")).isEqualTo(call.contact());
        assertThat(JsonPath.<String>read(saved, "$.evaluator")).isEqualTo("supervisor");
        assertThat(JsonPath.<List<String>>read(saved, "$.comments[*].at")).containsExactly("00:01");
        assertThat(JsonPath.<List<Integer>>read(saved, "$.scores[*].weight")).containsExactly(1, 3, 6);
        String id = JsonPath.read(saved, "$.id");
        assertThat(audit("QUALITY_EVALUATED", "supervisor")).anyMatch(details -> details.contains(id));
        mvc.perform(get("/api/quality/evaluations/" + id).with(httpBasic("agent1", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/quality/evaluations/" + id).with(httpBasic("agent2", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/quality/evaluations/" + id).with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(audit("ACCESS_DENIED", "mc.supervisor")).anyMatch(details -> details.contains(id));
    }

    @Test
    void anErasedRecordingsEvaluationsLoseTheirRemarksAndKeepTheirScores() throws Exception {
        ArchivedRecording call = kprmCall("agent1", Instant.now().minus(Duration.ofHours(2)));
        String form = kprmForm("supervisor");
        String saved = mvc.perform(post("/api/quality/recordings/" + call.id() + "/evaluations")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"form": "%s", "scores": [5, 2, 4],
                         "comments": [{"at": "00:01", "text": "Obywatel podał adres: ul. Długa 5"}],
                         "summary": "Pan Nowak pytał o dowód dla córki"}
                        """.formatted(form)).with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(saved, "$.id");
        assertThat(saved).contains("Długa", "Nowak");

        // the citizen asks for the recording to be deleted (RODO art. 17)
        mvc.perform(delete("/api/recordings/" + call.id()).param("reason", "wniosek RODO 9/2026")
                .with(httpBasic("officeadmin", PASSWORD))).andExpect(status().isNoContent());

        String kept = mvc.perform(get("/api/quality/evaluations/" + id).with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<?>>read(kept, "$.comments")).isEmpty();
        assertThat(kept).doesNotContain("Długa", "Nowak");
        assertThat(JsonPath.<List<Integer>>read(kept, "$.scores[*].points")).containsExactly(5, 2, 4);
        assertThat(JsonPath.<Double>read(kept, "$.percent")).isEqualTo(70.0);
    }

    @Test
    void aConsultantReadsOnlyTheirOwnEvaluations() throws Exception {
        String form = kprmForm("supervisor");
        score("supervisor", kprmCall("agent1", Instant.now()), form, List.of(5, 5, 5), List.of())
                .andExpect(status().isCreated());
        score("supervisor", kprmCall("agent2", Instant.now()), form, List.of(1, 1, 1), List.of())
                .andExpect(status().isCreated());

        String own = mvc.perform(get("/api/quality/evaluations").param("consultant", "agent2")
                .with(httpBasic("agent1", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(own, "$[*].consultant")).isNotEmpty().containsOnly("agent1");
        String office = mvc.perform(get("/api/quality/evaluations").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(office, "$[*].consultant")).contains("agent1", "agent2");
        mvc.perform(get("/api/quality/evaluations").param("office", "MC").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/quality/averages").with(httpBasic("agent1", PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void anotherOfficesSupervisorCanNeitherDefineFormsNorScoreAndIsAudited() throws Exception {
        ArchivedRecording call = kprmCall("agent1", Instant.now());
        String form = kprmForm("supervisor");
        mvc.perform(post("/api/quality/forms").contentType(MediaType.APPLICATION_JSON)
                .content(formJson("KPRM", formName)).with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isForbidden());
        score("mc.supervisor", call, form, List.of(5, 5, 5), List.of()).andExpect(status().isForbidden());
        score("agent2", call, form, List.of(5, 5, 5), List.of()).andExpect(status().isForbidden());
        mvc.perform(get("/api/quality/forms").param("office", "KPRM").with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isForbidden());

        assertThat(audit("ACCESS_DENIED", "mc.supervisor")).anyMatch(details -> details.contains(call.id()));
        assertThat(evaluationsOf(call)).isEmpty();
    }

    @Test
    void badInputIsRefusedWithTheReasonAndStoresNothing() throws Exception {
        ArchivedRecording call = kprmCall("agent1", Instant.now()); // 2 s long
        String form = kprmForm("supervisor");

        assertThat(score("supervisor", call, form, List.of(5, 5), List.of()).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).contains("3 criteria");
        assertThat(score("supervisor", call, form, List.of(5, 6, 5), List.of()).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).contains("0 to 5");
        assertThat(score("supervisor", call, form, List.of(5, 5, 5), List.of(Map.of("at", "1:5", "text", "x")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).contains("mm:ss");
        assertThat(score("supervisor", call, form, List.of(5, 5, 5), List.of(Map.of("at", "00:09", "text", "x")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("past the call's end");
        assertThat(score("supervisor", call, form, List.of(5, 5, 5), List.of(Map.of("at", "00:01", "text", " ")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).contains("1 to 1000");
        mvc.perform(post("/api/quality/forms").contentType(MediaType.APPLICATION_JSON)
                .content("{\"office\":\"KPRM\",\"name\":\"Pusty\",\"criteria\":[]}").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/quality/forms").contentType(MediaType.APPLICATION_JSON)
                .content("{\"office\":\"KPRM\",\"name\":\"Waga\",\"criteria\":[{\"name\":\"a\",\"weight\":0}]}")
                .with(httpBasic("supervisor", PASSWORD))).andExpect(status().isBadRequest());

        assertThat(evaluationsOf(call)).isEmpty();
        String forms = mvc.perform(get("/api/quality/forms").param("office", "KPRM").with(httpBasic("supervisor", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(forms, "$[*].name")).doesNotContain("Pusty", "Waga");
    }

    @Test
    void aNewVersionOfTheFormLeavesEarlierEvaluationsOnTheirVersion() throws Exception {
        ArchivedRecording call = kprmCall("agent1", Instant.now());
        String first = kprmForm("supervisor");
        String evaluation = JsonPath.read(score("supervisor", call, first, List.of(5, 5, 0), List.of())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        String second = mvc.perform(post("/api/quality/forms").contentType(MediaType.APPLICATION_JSON)
                .content("{\"office\":\"KPRM\",\"name\":\"" + formName + "\",\"criteria\":[{\"name\":\"Empatia\",\"weight\":2}]}")
                .with(httpBasic("officeadmin", PASSWORD))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Integer>read(second, "$.version")).isEqualTo(2);

        String kept = mvc.perform(get("/api/quality/evaluations/" + evaluation).with(httpBasic("supervisor", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(kept, "$.form.version")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(kept, "$.scores[*].criterion"))
                .containsExactly("Powitanie", "Rozpoznanie sprawy", "Poprawna odpowiedź");
        assertThat(JsonPath.<Double>read(kept, "$.percent")).isEqualTo(40.0);
        assertThat(score("supervisor", call, first, List.of(5, 5, 5), List.of()).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).contains("current version");
        score("supervisor", call, JsonPath.read(second, "$.id"), List.of(4), List.of()).andExpect(status().isCreated());
    }

    @Test
    void aRetiredFormScoresNoMoreCallsButKeepsItsEvaluations() throws Exception {
        ArchivedRecording call = kprmCall("agent1", Instant.now());
        String form = kprmForm("supervisor");
        String evaluation = JsonPath.read(score("supervisor", call, form, List.of(5, 5, 5), List.of())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/quality/forms/" + form + "/retire").with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/quality/forms/" + form + "/retire").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isNoContent());

        String forms = mvc.perform(get("/api/quality/forms").param("office", "KPRM").with(httpBasic("supervisor", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(forms, "$[*].id")).doesNotContain(form);
        score("supervisor", call, form, List.of(5, 5, 5), List.of()).andExpect(status().isBadRequest());
        mvc.perform(get("/api/quality/evaluations/" + evaluation).with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/quality/forms").contentType(MediaType.APPLICATION_JSON).content(formJson("NIEMA", formName))
                .with(httpBasic("admin", PASSWORD))).andExpect(status().isBadRequest());
    }

    @Test
    void averagesPerConsultantQueueAndOfficeByMonthForTheOfficeOnly() throws Exception {
        // calls of a month no other test uses: March 2025
        String form = kprmForm("supervisor");
        score("supervisor", kprmCall("agent3", Instant.parse("2025-03-03T09:00:00Z")), form, List.of(5, 2, 4), List.of());
        score("supervisor", kprmCall("agent3", Instant.parse("2025-03-20T09:00:00Z")), form, List.of(5, 5, 0), List.of());
        score("supervisor", kprmCall("agent4", Instant.parse("2025-03-21T09:00:00Z")), form, List.of(0, 0, 5), List.of());

        String byConsultant = averages("supervisor", "CONSULTANT", "MONTH", "");
        assertThat(JsonPath.<List<String>>read(byConsultant, "$[*].group")).containsExactly("agent3", "agent4");
        assertThat(JsonPath.<List<Double>>read(byConsultant, "$[*].percent")).containsExactly(55.0, 60.0);
        assertThat(JsonPath.<List<Integer>>read(byConsultant, "$[*].evaluations")).containsExactly(2, 1);
        String byOffice = averages("supervisor", "OFFICE", "MONTH", "");
        assertThat(JsonPath.<List<Double>>read(byOffice, "$[*].percent")).containsExactly(56.7);
        String byQueueWeekly = averages("supervisor", "QUEUE", "WEEK", "");
        assertThat(JsonPath.<List<String>>read(byQueueWeekly, "$[*].period")).containsExactly("WEEK", "WEEK");
        assertThat(JsonPath.<List<String>>read(byQueueWeekly, "$[*].periodStart")).containsExactly("2025-03-03", "2025-03-17");

        assertThat(JsonPath.<List<?>>read(averages("mc.supervisor", "CONSULTANT", "MONTH", ""), "$")).isEmpty();
        mvc.perform(get("/api/quality/averages").param("office", "KPRM").with(httpBasic("mc.supervisor", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(JsonPath.<List<Double>>read(averages("admin", "OFFICE", "MONTH", "KPRM"), "$[*].percent"))
                .containsExactly(56.7);
    }

    private String averages(String user, String by, String period, String office) throws Exception {
        return mvc.perform(get("/api/quality/averages").param("by", by).param("period", period).param("office", office)
                .param("from", "2025-03-01T00:00:00Z").param("to", "2025-04-01T00:00:00Z")
                .with(httpBasic(user, PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private ArchivedRecording kprmCall(String consultant, Instant started) {
        return calls.archive("KPRM", "dokumenty", consultant, "4870" + (System.nanoTime() % 10_000_000), started,
                Duration.ofSeconds(2));
    }

    /** Greeting weight 1, identifying the need weight 3, correct answer weight 6; its id. */
    private String kprmForm(String user) throws Exception {
        String json = mvc.perform(post("/api/quality/forms").contentType(MediaType.APPLICATION_JSON)
                .content(formJson("KPRM", formName)).with(httpBasic(user, PASSWORD))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    private static String formJson(String office, String name) {
        return """
                {"office": "%s", "name": "%s", "criteria": [
                  {"name": "Powitanie", "description": "Nazwa infolinii i imię", "weight": 1},
                  {"name": "Rozpoznanie sprawy", "weight": 3},
                  {"name": "Poprawna odpowiedź", "weight": 6}]}
                """.formatted(office, name);
    }

    private ResultActions score(String user, ArchivedRecording call, String form, List<Integer> scores,
            List<Map<String, String>> comments) throws Exception {
        StringBuilder json = new StringBuilder("{\"form\":\"" + form + "\",\"scores\":" + scores + ",\"comments\":[");
        for (int i = 0; i < comments.size(); i++) {
            json.append(i > 0 ? "," : "").append("{\"at\":\"").append(comments.get(i).get("at")).append("\",\"text\":\"")
                    .append(comments.get(i).get("text")).append("\"}");
        }
        json.append("],\"summary\":\"\"}");
        return mvc.perform(post("/api/quality/recordings/" + call.id() + "/evaluations")
                .contentType(MediaType.APPLICATION_JSON).content(json.toString()).with(httpBasic(user, PASSWORD)));
    }

    private List<?> evaluationsOf(ArchivedRecording call) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/quality/evaluations").param("recording", call.id())
                .with(httpBasic("admin", PASSWORD))).andReturn().getResponse().getContentAsString(), "$");
    }

    private List<String> audit(String action, String actor) throws Exception {
        String json = mvc.perform(get("/api/audit").param("limit", "1000").with(httpBasic("admin", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$[?(@.action == '" + action + "' && @.actor == '" + actor + "')].details");
    }
}
