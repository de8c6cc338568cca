package pl.infolinia.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.ArticleVersion;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.article.NoSuchArticle;
import pl.infolinia.knowledge.importing.KnowledgeImport;
import pl.infolinia.server.support.InfoliniaTest;

/** Articles and their full history in the database, as the in-memory store keeps them. */
@InfoliniaTest
class JdbcArticleStoreIT {

    @Autowired
    JdbcArticleStore store;

    @Test
    void theDemoKnowledgeBaseIsStoredWholeAndReadBackEqual() {
        List<Article> demo = new KnowledgeImport().demo().articles();

        // other tests of the shared application add articles of their own
        assertThat(store.all()).extracting(Article::id).containsAll(demo.stream().map(Article::id).toList());
        Article becikowe = demo.stream().filter(article -> article.id().value().equals("becikowe")).findFirst()
                .orElseThrow();
        assertThat(store.history(becikowe.id()).getFirst().article()).isEqualTo(becikowe);
    }

    @Test
    void keepsEveryVersionWithWhoWhenWhyAndWhatAndRestoresAnOldOne() {
        ArticleId id = new ArticleId("karta-duzej-rodziny");
        Article original = store.find(id).orElseThrow();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Article retitled = new Article(id, "Karta Dużej Rodziny — nowy tytuł", original.placement(), original.office(),
                original.handledBy(), original.updated(), original.style(), original.body(), original.status());

        ArticleVersion second = store.save(retitled, new Edit("kbeditor", at, "prostszy tytuł")).orElseThrow();
        store.save(retitled.withStatus(ArticleStatus.ARCHIVED), new Edit("kbeditor", at.plusSeconds(1), "nieaktualne"));
        ArticleVersion restored = store.restore(id, 1, new Edit("admin", at.plusSeconds(2), ""));

        List<ArticleVersion> history = store.history(id);
        assertThat(history).extracting(ArticleVersion::number).containsExactly(1, 2, 3, 4);
        assertThat(second.changedFields()).containsExactly("title");
        assertThat(history.get(1).edit()).isEqualTo(new Edit("kbeditor", at, "prostszy tytuł"));
        assertThat(history.get(2).changedFields()).containsExactly("status");
        assertThat(restored.edit().note()).isEqualTo("restored version 1");
        assertThat(store.find(id)).contains(original);
    }

    @Test
    void savingTheSameArticleAgainAddsNoVersion() {
        Article article = store.find(new ArticleId("e-doreczenia")).orElseThrow();
        int versions = store.history(article.id()).size();

        assertThat(store.saveAll(List.of(article), new Edit("import", Instant.now(), "re-import"))).isEmpty();
        assertThat(store.history(article.id())).hasSize(versions);
    }

    @Test
    void refusesToRestoreWhatDoesNotExist() {
        assertThatThrownBy(() -> store.restore(new ArticleId("no-such-article"), 1, new Edit("admin", Instant.now(), "")))
                .isInstanceOf(NoSuchArticle.class);
        assertThatThrownBy(() -> store.restore(new ArticleId("becikowe"), 99, new Edit("admin", Instant.now(), "")))
                .isInstanceOf(NoSuchArticle.class);
    }
}
