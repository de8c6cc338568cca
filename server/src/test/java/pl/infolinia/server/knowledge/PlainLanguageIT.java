package pl.infolinia.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.importing.KnowledgeContent;
import pl.infolinia.knowledge.importing.KnowledgeImport;
import pl.infolinia.knowledge.readability.OfficialeseList;
import pl.infolinia.knowledge.taxonomy.TaxonomyStore;
import pl.infolinia.server.support.InfoliniaTest;

/** The hardest articles, the editable officialese list, and the taxonomy kept across restarts. */
@InfoliniaTest
class PlainLanguageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    JdbcTaxonomyStore trees;

    @Autowired
    OfficialeseStore officialese;

    @AfterEach
    void standardListAgain() {
        officialese.save(ReadabilityController.standardText(), "test", Instant.now());
        knowledge.useOfficialese(OfficialeseList.standard());
    }

    @Test
    void editorsSeeTheHardestArticlesHardestFirst() throws Exception {
        String hardest = knowledge.hardestArticles(1).getFirst().title();
        mvc.perform(get("/kb/readability").with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(hardest)))
                .andExpect(content().string(containsString("wnioskodawc*")));
        mvc.perform(get("/kb/readability").with(user(details.loadUserByUsername("agent1"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSavedOfficialesePhraseIsFlaggedByTheNextPreview() throws Exception {
        String body = "## W skrócie\n\nFormularz wypełnij atramentem.\n";
        mvc.perform(post("/kb/preview").param("body", body).with(csrf()).with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(content().string(containsString("Nie znaleziono zwrotów urzędowych")));

        mvc.perform(post("/kb/readability/officialese").param("text", "atrament* => długopis\n# komentarz\n")
                        .with(csrf()).with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(content().string(containsString("Zapisano listę: 1 zwrotów")));

        mvc.perform(post("/kb/preview").param("body", body).with(csrf()).with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(content().string(containsString("atrament*")))
                .andExpect(content().string(containsString("długopis")));
        mvc.perform(post("/kb/readability/officialese").param("text", "<script>x</script>")
                        .with(csrf()).with(user(details.loadUserByUsername("kbeditor"))))
                .andExpect(content().string(containsString("Nie zapisano")));
    }

    @Test
    void theTreeOfTheLastImportIsKeptInTheDatabase() {
        KnowledgeContent demo = new KnowledgeImport().demo();
        trees.save(new TaxonomyStore.Tree(demo.taxonomy(), demo.offices()));

        TaxonomyStore.Tree loaded = trees.load().orElseThrow();

        assertThat(loaded.taxonomy()).isEqualTo(demo.taxonomy());
        assertThat(loaded.offices()).isEqualTo(demo.offices());
    }
}
