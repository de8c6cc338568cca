package pl.infolinia.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.server.support.InfoliniaTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The knowledge-base API's editing calls, and its OpenAPI description naming every /api/kb endpoint. */
@InfoliniaTest
class KnowledgeApiDocsIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    UserDetailsService details;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theOpenApiDocumentDescribesEveryKnowledgeEndpoint() throws Exception {
        String body = mvc.perform(get("/v3/api-docs/knowledge").with(user(details.loadUserByUsername("agent1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode paths = json.readTree(body).get("paths");

        Set<String> documented = new TreeSet<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                documented.add(method.toUpperCase() + " " + path);
            }
        }
        assertThat(documented).isEqualTo(endpoints());
        assertThat(documented).contains("GET /api/kb/search", "GET /api/kb/articles/{id}", "PUT /api/kb/articles/{id}");
    }

    @Test
    void theDocumentNeedsASignedInUser() throws Exception {
        mvc.perform(get("/v3/api-docs/knowledge")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anEditorSavesThroughTheApiAndBadInputIsRefusedWithItsProblems() throws Exception {
        Article before = knowledge.article(new ArticleId("dowod-osobisty-dla-dziecka")).orElseThrow();
        Map<String, Object> input = new java.util.HashMap<>(Map.of("title", before.title() + " (API)",
                "section", before.placement().section(), "category", before.placement().category(),
                "group", before.placement().group(), "office", "MC", "handledBy", before.handledBy(),
                "updated", before.updated().toString(), "style", "PLAIN", "status", "PUBLISHED",
                "body", ArticleForm.of(before).body()));
        input.put("note", "przez API");

        mvc.perform(put("/api/kb/articles/dowod-osobisty-dla-dziecka").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(input)).with(httpBasic("mc.kbeditor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version.author").value("mc.kbeditor"))
                .andExpect(jsonPath("$.version.changedFields[0]").value("title"));
        int saved = knowledge.history(before.id()).getLast().number();

        input.put("body", "## W skrócie\n\n<script>alert(1)</script>\n");
        mvc.perform(put("/api/kb/articles/dowod-osobisty-dla-dziecka").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(input)).with(httpBasic("mc.kbeditor", PASSWORD)))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.problems[0].message").value("a <script> element is not allowed; articles are plain Markdown"));
        mvc.perform(put("/api/kb/articles/dowod-osobisty-dla-dziecka").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(input)).with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/kb/articles/dowod-osobisty-dla-dziecka/versions").with(httpBasic("mc.kbeditor", PASSWORD)))
                .andExpect(jsonPath("$[-1:].note").value("przez API"));
        mvc.perform(post("/api/kb/articles/dowod-osobisty-dla-dziecka/versions/" + (saved - 1) + "/restore")
                        .with(httpBasic("mc.kbeditor", PASSWORD)))
                .andExpect(jsonPath("$.number").value(saved + 1));
        assertThat(knowledge.article(before.id()).orElseThrow()).isEqualTo(before);
    }

    /** What the application serves under /api/kb, as "METHOD /path". */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            List<String> methods = new ArrayList<>();
            entry.getKey().getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            for (String path : entry.getKey().getPatternValues()) {
                if (path.startsWith("/api/kb/")) {
                    methods.forEach(method -> endpoints.add(method + " " + path));
                }
            }
        }
        return endpoints;
    }
}
