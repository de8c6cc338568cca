package pl.infolinia.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.knowledge.analysis.Synonyms;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.BodySection;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.article.InMemoryArticleStore;
import pl.infolinia.knowledge.readability.OfficialeseList;
import pl.infolinia.knowledge.readability.Readability;
import pl.infolinia.knowledge.search.LuceneArticleIndex;
import pl.infolinia.knowledge.search.SearchRequest;

class KnowledgeBaseTest {

    private static final Edit DEMO = new Edit("start-dev", Instant.parse("2026-11-27T08:00:00Z"), "demo");
    private static final Edit EDITOR = new Edit("anna", Instant.parse("2026-11-27T09:00:00Z"), "plainer");

    @TempDir
    Path folder;

    @Test
    void editorsEditIsSearchableAndItsReadabilityChanges() {
        InMemoryArticleStore store = new InMemoryArticleStore();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(folder, Synonyms.demo())) {
            KnowledgeBase kb = new KnowledgeBase(store, index, new Readability(OfficialeseList.standard()));
            assertThat(kb.importDemo(DEMO)).hasSize(123);
            Article utrata = kb.article(new ArticleId("dowod-osobisty-utrata")).orElseThrow();
            double before = kb.readability(utrata).fog();

            Article edited = withSummary(utrata, "Wnioskodawca zobowiązany jest do niezwłocznego przedłożenia "
                    + "zawiadomienia o utracie dokumentu tożsamości celem jego unieważnienia, w szczególności zgubionego gwizdka.");
            kb.save(edited, EDITOR);

            assertThat(kb.readability(edited).fog()).isGreaterThan(before);
            assertThat(kb.readability(edited).officialese()).isNotEmpty();
            assertThat(kb.search(SearchRequest.of("gwizdek")).hits()).extracting(h -> h.id().value())
                    .containsExactly("dowod-osobisty-utrata");
            assertThat(kb.history(utrata.id())).hasSize(2);
            assertThat(kb.hardestArticles(5)).hasSize(5)
                    .isSortedAccordingTo((a, b) -> Double.compare(b.score().fog(), a.score().fog()));
        }
    }

    @Test
    void archivingTakesAnArticleOutOfSearch() {
        InMemoryArticleStore store = new InMemoryArticleStore();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(folder, Synonyms.demo())) {
            KnowledgeBase kb = new KnowledgeBase(store, index, new Readability(OfficialeseList.standard()));
            kb.importDemo(DEMO);

            kb.changeStatus(new ArticleId("becikowe"), ArticleStatus.ARCHIVED, EDITOR);

            assertThat(kb.search(SearchRequest.of("becikowe")).hits()).extracting(h -> h.id().value())
                    .doesNotContain("becikowe");
        }
    }

    @Test
    void rebuildsTheIndexOnStartOnlyWhenItIsMissingOrStale() {
        InMemoryArticleStore store = new InMemoryArticleStore();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(folder, Synonyms.none())) {
            KnowledgeBase kb = new KnowledgeBase(store, index, new Readability(OfficialeseList.standard()));
            kb.importDemo(DEMO);
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.open(folder, Synonyms.none())) {
            assertThat(new KnowledgeBase(store, index, new Readability(OfficialeseList.standard())).openIndex()).isFalse();
        }
        // an edit that reached the database but not the index, as after a crash between the two
        Article becikowe = store.find(new ArticleId("becikowe")).orElseThrow();
        store.save(withSummary(becikowe, "Zmienione poza indeksem."), EDITOR);
        try (LuceneArticleIndex index = LuceneArticleIndex.open(folder, Synonyms.none())) {
            KnowledgeBase kb = new KnowledgeBase(store, index, new Readability(OfficialeseList.standard()));
            assertThat(kb.openIndex()).isTrue();
            assertThat(kb.search(SearchRequest.of("poza indeksem")).hits()).isNotEmpty();
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.open(folder.resolve("new"), Synonyms.none())) {
            assertThat(new KnowledgeBase(store, index, new Readability(OfficialeseList.standard())).openIndex()).isTrue();
        }
    }

    private static Article withSummary(Article article, String summary) {
        List<BodySection> body = article.body().stream()
                .map(s -> s.heading().equals(BodySection.SUMMARY) ? new BodySection(s.heading(), summary) : s)
                .toList();
        return new Article(article.id(), article.title(), article.placement(), article.office(), article.handledBy(),
                article.updated(), article.style(), body, article.status());
    }
}
