package pl.infolinia.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.search.SearchHit;
import pl.infolinia.knowledge.search.SearchRequest;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.support.InfoliniaTest;

/** Editors' synonyms: saved, in force for the next search without reindexing, and checked line by line. */
@InfoliniaTest
class SynonymsIT {

    private static final String SLANG = "fioletowa karteczka";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    JdbcSynonymStore store;

    @Autowired
    AuditLog audit;

    @Test
    void aSavedSynonymFindsTheArticleAtOnce() throws Exception {
        assertThat(topHit(SLANG)).isNotEqualTo(Optional.of("karta-parkingowa"));

        mvc.perform(post("/kb/synonyms").with(csrf()).with(user(details.loadUserByUsername("kbeditor")))
                        .param("text", SynonymsController.demoText() + "\n" + SLANG + ", karta parkingowa\n"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wyszukiwarka już ich używa")));

        assertThat(topHit(SLANG)).contains("karta-parkingowa");
        assertThat(topHit("zwolnienie lekarskie")).isPresent();
        assertThat(store.current().orElseThrow().text()).contains(SLANG);
        assertThat(audit.recent(Optional.empty(), 20)).anySatisfy(entry ->
                assertThat(entry.action()).isEqualTo(AuditAction.KB_SYNONYMS_CHANGED));
    }

    @Test
    void aBrokenListIsRefusedWithItsLineAndNothingChanges() throws Exception {
        String before = store.current().map(SynonymList::text).orElse("");

        mvc.perform(post("/kb/synonyms").with(csrf()).with(user(details.loadUserByUsername("kbeditor")))
                        .param("text", "L4, zwolnienie lekarskie\nsamotne słowo\n<script>, alert\n"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("line 2: a group needs at least two phrases")))
                .andExpect(content().string(containsString("line 3: phrases are plain words")));

        assertThat(store.current().map(SynonymList::text).orElse("")).isEqualTo(before);
    }

    @Test
    void onlyEditorsAndAdministratorsChangeSynonyms() throws Exception {
        mvc.perform(get("/kb/synonyms").with(user(details.loadUserByUsername("agent1")))).andExpect(status().isForbidden());
        mvc.perform(post("/kb/synonyms").with(csrf()).with(user(details.loadUserByUsername("supervisor")))
                .param("text", "a, b")).andExpect(status().isForbidden());
    }

    private Optional<String> topHit(String text) {
        List<SearchHit> hits = knowledge.search(SearchRequest.of(text)).hits();
        return hits.stream().findFirst().map(hit -> hit.id().value());
    }
}
