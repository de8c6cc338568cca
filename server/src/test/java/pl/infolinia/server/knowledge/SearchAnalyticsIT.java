package pl.infolinia.server.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.server.support.InfoliniaTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each search is logged with its result count and the article opened; editors see the queries that failed. */
@InfoliniaTest
class SearchAnalyticsIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    JsonMapper json;

    @Test
    void aQueryWithoutResultsIsListedForEditors() throws Exception {
        mvc.perform(get("/kb").param("q", "Żyrafa  Kosmiczna").with(user(details.loadUserByUsername("agent2"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/kb/search").param("q", "żyrafa kosmiczna").with(httpBasic("agent3", PASSWORD)))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.searchId").isNumber());

        mvc.perform(get("/kb/analytics").with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("żyrafa kosmiczna")));
        mvc.perform(get("/kb/analytics").with(user(details.loadUserByUsername("agent2"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aQueryIsUnclickedUntilAnArticleIsOpenedFromIt() throws Exception {
        String page = mvc.perform(get("/kb").param("q", "odpis aktu urodzenia sowa")
                        .with(user(details.loadUserByUsername("agent2"))))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/kb/analytics").with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(content().string(containsString("odpis aktu urodzenia sowa")));

        Matcher link = Pattern.compile("href=\"(/kb/articles/[a-z0-9-]+\\?s=\\d+)\"").matcher(page);
        link.find();
        mvc.perform(get(link.group(1)).with(user(details.loadUserByUsername("agent2")))).andExpect(status().isOk());

        mvc.perform(get("/kb/analytics").with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(content().string(not(containsString("odpis aktu urodzenia sowa"))));
    }

    @Test
    void theApiRecordsTheArticleOpenedFromItsSearch() throws Exception {
        String body = mvc.perform(get("/api/kb/search").param("q", "becikowe jeż").with(httpBasic("agent4", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        JsonNode results = json.readTree(body);
        String first = results.get("hits").get(0).get("id").asString();
        long searchId = results.get("searchId").asLong();
        mvc.perform(get("/kb/analytics").with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(content().string(containsString("becikowe jeż")));

        mvc.perform(get("/api/kb/articles/" + first).param("search", Long.toString(searchId))
                        .with(httpBasic("agent4", PASSWORD)))
                .andExpect(jsonPath("$.id").value(first));

        mvc.perform(get("/kb/analytics").with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(content().string(not(containsString("becikowe jeż"))));
    }
}
