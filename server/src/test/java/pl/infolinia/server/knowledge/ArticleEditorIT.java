package pl.infolinia.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.ArticleVersion;
import pl.infolinia.knowledge.search.SearchRequest;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.AuditLog;
import pl.infolinia.server.support.InfoliniaTest;

/** The article editor: saves by office, refuses HTML, previews with the score, keeps history, diffs and restores. */
@InfoliniaTest
class ArticleEditorIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    AuditLog audit;

    @Test
    void anEditorOfTheOfficeSavesANewVersionThatSearchFindsAtOnce() throws Exception {
        Article before = article("pesel-zastrzezenie");
        ArticleForm form = ArticleForm.of(before);

        mvc.perform(save("mc.kbeditor", "pesel-zastrzezenie", form.title() + " kangur", form.body(), "PUBLISHED"))
                .andExpect(redirectedUrl("/kb/articles/pesel-zastrzezenie"));

        assertThat(article("pesel-zastrzezenie").title()).endsWith("kangur");
        ArticleVersion last = knowledge.history(new ArticleId("pesel-zastrzezenie")).getLast();
        assertThat(last.edit().author()).isEqualTo("mc.kbeditor");
        assertThat(last.edit().note()).isEqualTo("test edit");
        assertThat(last.changedFields()).containsExactly("title");
        assertThat(knowledge.search(SearchRequest.of("kangur")).hits()).extracting(hit -> hit.id().value())
                .containsExactly("pesel-zastrzezenie");
        assertThat(audit.recent(Optional.empty(), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.KB_ARTICLE_SAVED);
            assertThat(entry.actor()).isEqualTo("mc.kbeditor");
        });
    }

    @Test
    void aScriptInTheBodyIsRefusedWithAClearErrorAndNothingChanges() throws Exception {
        Article before = article("pesel-nadanie");
        String body = ArticleForm.of(before).body().replace("## W skrócie\n\n",
                "## W skrócie\n\n<script>alert('x')</script>\n");

        mvc.perform(save("mc.kbeditor", "pesel-nadanie", before.title(), body, "PUBLISHED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a &lt;script&gt; element is not allowed")))
                .andExpect(content().string(not(containsString("<script>alert"))));

        assertThat(article("pesel-nadanie")).isEqualTo(before);
    }

    @Test
    void htmlInTheTitleAndALinkToAMissingArticleAreRefused() throws Exception {
        Article before = article("e-doreczenia");
        String body = ArticleForm.of(before).body() + "\n## Kogo dotyczy\n\nPowtórzona sekcja.\n";

        mvc.perform(save("mc.kbeditor", "e-doreczenia", "<b>E-doręczenia</b>", body, "PUBLISHED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is out of order or repeated")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HTML (&lt;b&gt;) is not allowed")));
        mvc.perform(save("mc.kbeditor", "e-doreczenia", before.title(),
                        ArticleForm.of(before).body().replace("## W skrócie\n\n", "## W skrócie\n\nZobacz [[nie-ma-takiego]].\n"),
                        "PUBLISHED"))
                .andExpect(content().string(containsString("link [[nie-ma-takiego]] points to a missing article")));

        assertThat(article("e-doreczenia")).isEqualTo(before);
    }

    @Test
    void anEditorOfAnotherOfficeAndAnAgentAreRefused() throws Exception {
        Article before = article("wymeldowanie");
        mvc.perform(get("/kb/articles/wymeldowanie/edit").with(user(details.loadUserByUsername("mf.kbeditor"))))
                .andExpect(status().isForbidden());
        mvc.perform(save("mf.kbeditor", "wymeldowanie", "Przejęte", ArticleForm.of(before).body(), "PUBLISHED"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kb/articles/wymeldowanie/edit").with(user(details.loadUserByUsername("agent1"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kb/articles/wymeldowanie/edit").with(user(details.loadUserByUsername("admin"))))
                .andExpect(status().isOk());
        assertThat(article("wymeldowanie")).isEqualTo(before);
        assertThat(audit.recent(Optional.empty(), 30)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(entry.actor()).isEqualTo("mf.kbeditor");
        });
    }

    @Test
    void thePreviewScoresTheTextAndFlagsOfficialeseWithoutSaving() throws Exception {
        Article before = article("zameldowanie-pobyt-staly");
        String hard = "## W skrócie\n\nWnioskodawca przedkłada niniejszy wniosek w przedmiocie zameldowania na pobyt"
                + " stały wraz z dokumentacją potwierdzającą uprawnienie do przebywania w lokalu mieszkalnym.\n";

        mvc.perform(post("/kb/preview").param("body", hard).with(csrf())
                        .with(user(details.loadUserByUsername("mc.kbeditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fog-value\"")))
                .andExpect(content().string(containsString("bardzo trudny tekst")))
                .andExpect(content().string(containsString("wnioskodawc*")))
                .andExpect(content().string(containsString("w przedmiocie")));
        mvc.perform(post("/kb/preview").param("body", "## W skrócie\n\nIdziesz do urzędu. Bierzesz dowód.\n").with(csrf())
                        .with(user(details.loadUserByUsername("mc.kbeditor"))))
                .andExpect(content().string(containsString("łatwy tekst")))
                .andExpect(content().string(containsString("Nie znaleziono zwrotów urzędowych")));

        assertThat(article("zameldowanie-pobyt-staly")).isEqualTo(before);
    }

    @Test
    void historyShowsWhoWhenAndWhatTheDiffShowsTheLinesAndRestoreBringsAVersionBack() throws Exception {
        Article original = article("zameldowanie-pobyt-czasowy");
        String body = ArticleForm.of(original).body().replace("## W skrócie\n\n", "## W skrócie\n\nNowe zdanie o wombatach.\n");
        mvc.perform(save("mc.kbeditor", "zameldowanie-pobyt-czasowy", original.title(), body, "PUBLISHED"))
                .andExpect(status().is3xxRedirection());
        List<ArticleVersion> versions = knowledge.history(original.id());
        int edited = versions.getLast().number();

        mvc.perform(get("/kb/articles/zameldowanie-pobyt-czasowy/history").with(user(details.loadUserByUsername("mc.kbeditor"))))
                .andExpect(content().string(containsString("mc.kbeditor")))
                .andExpect(content().string(containsString("body:W skrócie")))
                .andExpect(content().string(containsString("Przywróć wersję " + (edited - 1))));
        mvc.perform(get("/kb/articles/zameldowanie-pobyt-czasowy/diff").param("from", "" + (edited - 1))
                        .param("to", "" + edited).with(user(details.loadUserByUsername("mc.kbeditor"))))
                .andExpect(content().string(containsString("Nowe zdanie o wombatach.")))
                .andExpect(content().string(containsString("class=\"diff-added\"")));

        mvc.perform(post("/kb/articles/zameldowanie-pobyt-czasowy/restore").param("version", "" + (edited - 1))
                        .with(csrf()).with(user(details.loadUserByUsername("mc.kbeditor"))))
                .andExpect(redirectedUrl("/kb/articles/zameldowanie-pobyt-czasowy/history"));

        assertThat(article("zameldowanie-pobyt-czasowy")).isEqualTo(original);
        assertThat(knowledge.history(original.id()).getLast().number()).isEqualTo(edited + 1);
        assertThat(knowledge.search(SearchRequest.of("wombatach")).hits()).extracting(hit -> hit.id().value())
                .doesNotContain("zameldowanie-pobyt-czasowy");
        mvc.perform(post("/kb/articles/zameldowanie-pobyt-czasowy/restore").param("version", "1")
                        .with(csrf()).with(user(details.loadUserByUsername("mf.kbeditor"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEditorCreatesADraftThatAgentsDoNotSee() throws Exception {
        Article model = article("profil-zaufany");
        MockHttpServletRequestBuilder create = post("/kb/new").with(csrf())
                .with(user(details.loadUserByUsername("mc.kbeditor")))
                .param("id", "profil-zaufany-w-banku").param("title", "Profil zaufany przez bank")
                .param("section", model.placement().section()).param("category", model.placement().category())
                .param("group", model.placement().group()).param("office", "MC").param("handledBy", "bank")
                .param("updated", "2026-11-28").param("style", "PLAIN").param("status", "DRAFT")
                .param("body", "## W skrócie\n\nZałóż profil zaufany w banku. Zobacz [[profil-zaufany]].\n")
                .param("note", "nowy");
        mvc.perform(create).andExpect(redirectedUrl("/kb/articles/profil-zaufany-w-banku"));

        assertThat(article("profil-zaufany-w-banku").status()).isEqualTo(ArticleStatus.DRAFT);
        mvc.perform(get("/kb/articles/profil-zaufany-w-banku").with(user(details.loadUserByUsername("agent1"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kb/browse").with(user(details.loadUserByUsername("agent1"))))
                .andExpect(content().string(containsString("Profil zaufany")))
                .andExpect(content().string(not(containsString("Profil zaufany przez bank"))));
        mvc.perform(get("/kb/browse").with(user(details.loadUserByUsername("mc.kbeditor"))))
                .andExpect(content().string(containsString("Profil zaufany przez bank")));
        mvc.perform(create).andExpect(content().string(containsString("exists")));
    }

    @Test
    void theBrowseTreeShowsSectionsCategoriesGroupsAndArticles() throws Exception {
        Article article = article("paszport-wydanie");
        mvc.perform(get("/kb/browse").with(user(details.loadUserByUsername("agent2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(article.placement().section())))
                .andExpect(content().string(containsString(article.placement().category())))
                .andExpect(content().string(containsString(article.placement().group())))
                .andExpect(content().string(containsString("/kb/articles/paszport-wydanie")));
    }

    private Article article(String id) {
        return knowledge.article(new ArticleId(id)).orElseThrow();
    }

    private MockHttpServletRequestBuilder save(String editor, String id, String title, String body, String status) {
        Article current = article(id);
        return post("/kb/articles/" + id + "/edit").with(csrf()).with(user(details.loadUserByUsername(editor)))
                .param("id", id).param("title", title)
                .param("section", current.placement().section()).param("category", current.placement().category())
                .param("group", current.placement().group()).param("office", current.office().value())
                .param("handledBy", current.handledBy()).param("updated", current.updated().toString())
                .param("style", current.style().name()).param("status", status).param("body", body)
                .param("note", "test edit");
    }
}
