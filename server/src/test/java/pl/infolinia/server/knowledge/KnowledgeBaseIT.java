package pl.infolinia.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.BodySection;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.search.SearchRequest;
import pl.infolinia.server.support.InfoliniaTest;

/** The demo knowledge base in the database and the index: search, articles, edits seen at once, safe HTML. */
@InfoliniaTest
class KnowledgeBaseIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    UserDetailsService details;

    @Autowired
    JdbcArticleStore store;

    @Test
    void aCitizensWordingFindsTheRightArticle() throws Exception {
        mvc.perform(get("/api/kb/search").param("q", "zgubilem dowod").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].id").value("dowod-osobisty-utrata"))
                .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<b>")));
        mvc.perform(get("/api/kb/search").param("q", "zgubilem dowod")).andExpect(status().isUnauthorized());
    }

    @Test
    void showsAnArticleAsJsonAndAsAPage() throws Exception {
        mvc.perform(get("/api/kb/articles/becikowe").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("becikowe"))
                .andExpect(jsonPath("$.body[0].heading").value("W skrócie"));
        mvc.perform(get("/kb/articles/becikowe").with(user(details.loadUserByUsername("agent1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"s0\">W skrócie</h2>")));
        mvc.perform(get("/api/kb/articles/no-such-article").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEditIsFoundByTheNextSearchAndItsHistoryKept() {
        Article before = knowledge.article(new ArticleId("karta-parkingowa")).orElseThrow();
        List<BodySection> body = new ArrayList<>(before.body());
        body.set(0, new BodySection(body.get(0).heading(), body.get(0).markdown() + " Pomoże też hipopotam."));
        Article after = new Article(before.id(), before.title(), before.placement(), before.office(),
                before.handledBy(), before.updated(), before.style(), body, before.status());

        knowledge.save(after, new Edit("kprm.kbeditor", Instant.now(), "test"));

        assertThat(knowledge.search(SearchRequest.of("hipopotamy")).hits()).extracting(hit -> hit.id().value())
                .containsExactly("karta-parkingowa");
        assertThat(knowledge.save(after, new Edit("kprm.kbeditor", Instant.now(), "same again"))).isEmpty();
    }

    @Test
    void htmlInAnArticleIsShownAsTextNeverRun() throws Exception {
        Article before = knowledge.article(new ArticleId("e-recepta")).orElseThrow();
        List<BodySection> body = new ArrayList<>(before.body());
        body.set(0, new BodySection(body.get(0).heading(),
                "<script>alert('x')</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>"));
        knowledge.save(new Article(before.id(), before.title(), before.placement(), before.office(), before.handledBy(),
                before.updated(), before.style(), body, before.status()), new Edit("admin", Instant.now(), "test"));

        mvc.perform(get("/kb/articles/e-recepta").with(user(details.loadUserByUsername("agent1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("href=\"javascript:"))))
                .andExpect(content().string(not(containsString("<img src=\"x\""))));
    }

    @Test
    void draftsAreHiddenFromAgentsButShownToEditors() throws Exception {
        Article published = knowledge.article(new ArticleId("dodatek-mieszkaniowy")).orElseThrow();
        knowledge.save(published.withStatus(ArticleStatus.DRAFT), new Edit("kbeditor", Instant.now(), "test"));

        mvc.perform(get("/api/kb/articles/dodatek-mieszkaniowy").with(httpBasic("agent1", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/kb/articles/dodatek-mieszkaniowy").with(httpBasic("kbeditor", PASSWORD)))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        assertThat(knowledge.search(SearchRequest.of("dodatek mieszkaniowy")).hits())
                .noneMatch(hit -> hit.id().value().equals("dodatek-mieszkaniowy"));
    }

    @Test
    void rebuildsTheIndexWhenItIsStaleAndOnlyThen() {
        assertThat(knowledge.openIndex()).isFalse();
        Article before = store.find(new ArticleId("wybory-glosowanie-korespondencyjne")).orElse(store.all().getLast());
        // written past the index, as another node or a restore from backup would
        store.save(new Article(before.id(), before.title() + " pelikan", before.placement(), before.office(),
                before.handledBy(), before.updated(), before.style(), before.body(), before.status()),
                new Edit("admin", Instant.now(), "test"));

        assertThat(knowledge.openIndex()).isTrue();
        assertThat(knowledge.openIndex()).isFalse();
        assertThat(knowledge.search(SearchRequest.of("pelikan")).hits()).extracting(hit -> hit.id())
                .containsExactly(before.id());
    }
}
