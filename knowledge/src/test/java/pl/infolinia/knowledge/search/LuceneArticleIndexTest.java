package pl.infolinia.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.knowledge.analysis.Synonyms;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.BodySection;
import pl.infolinia.knowledge.article.WritingStyle;
import pl.infolinia.knowledge.taxonomy.OfficeCode;
import pl.infolinia.knowledge.taxonomy.Placement;

/** The index's behaviour on small hand-made articles: weights, updates, storage. */
class LuceneArticleIndexTest {

    private final LuceneArticleIndex index = LuceneArticleIndex.inMemory(SearchAnalysis.POLISH, Synonyms.none());

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void ranksTitleAboveSummaryAboveBody() {
        index.replaceAll(List.of(
                article("w-tresci", "Sprawy różne", "Ogólne informacje.", "Tu jest mowa o paszporcie."),
                article("w-tytule", "Paszport", "Ogólne informacje.", "Inne sprawy."),
                article("w-skrocie", "Sprawy urzędowe", "Wyrobisz tu paszport.", "Inne sprawy.")));

        assertThat(ids("paszport")).containsExactly("w-tytule", "w-skrocie", "w-tresci");
    }

    @Test
    void quotedPhraseNeedsItsWordsTogetherInOrder() {
        index.replaceAll(List.of(
                article("razem", "Prawo jazdy", "Egzamin.", ""),
                article("osobno", "Jazdy próbne", "Prawo do odwołania.", "")));

        assertThat(ids("prawo jazdy")).containsExactlyInAnyOrder("razem", "osobno");
        assertThat(ids("\"prawa jazdy\"")).containsExactly("razem");
    }

    @Test
    void wordWithAStarMatchesAsAPrefix() {
        index.replaceAll(List.of(
                article("rejestracja", "Rejestracja samochodu", "Wydział komunikacji.", ""),
                article("renta", "Renta", "Niezdolność do pracy.", "")));

        assertThat(ids("rej*")).containsExactly("rejestracja");
        assertThat(ids("rej")).isEmpty();
    }

    @Test
    void everyChangeIsSearchableAtOnce() {
        index.index(article("karta", "Karta parkingowa", "Dla osób z niepełnosprawnością.", ""));
        assertThat(ids("karta parkingowa")).containsExactly("karta");

        index.index(article("karta", "Koperta na szybę", "Dla osób z niepełnosprawnością.", ""));
        assertThat(ids("koperta")).containsExactly("karta");
        assertThat(ids("parkingowa")).isEmpty();

        index.remove(new ArticleId("karta"));
        assertThat(ids("koperta")).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void searchesRunWhileArticlesAreWritten() throws Exception {
        index.replaceAll(List.of(article("paszport", "Paszport", "Dokument podróży.", "")));
        ExecutorService consultants = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> searches = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                searches.add(consultants.submit(() -> {
                    int found = 0;
                    for (int j = 0; j < 50; j++) {
                        found += index.search(SearchRequest.of("paszportu")).hits().size();
                    }
                    return found;
                }));
            }
            for (int i = 0; i < 30; i++) {
                index.index(article("artykul-" + i, "Sprawa " + i, "Treść.", ""));
            }
            for (Future<Integer> search : searches) {
                assertThat(search.get(1, TimeUnit.MINUTES)).isEqualTo(50);
            }
        } finally {
            consultants.shutdownNow();
        }
        assertThat(index.size()).isEqualTo(31);
    }

    @Test
    void findsOnlyPublishedArticles() {
        index.replaceAll(List.of(
                article("szkic", "Paszport tymczasowy", "Szkic.", "").withStatus(ArticleStatus.DRAFT),
                article("archiwum", "Paszport dawny", "Stary.", "").withStatus(ArticleStatus.ARCHIVED),
                article("aktualny", "Paszport", "Aktualny.", "")));

        assertThat(ids("paszport")).containsExactly("aktualny");
        assertThat(index.suggest("pasz", 5)).extracting(s -> s.id().value()).containsExactly("aktualny");
    }

    @Test
    void newSynonymsApplyWithoutReindexing() {
        index.index(article("prawo-jazdy", "Prawo jazdy", "Jak zdać egzamin na prawo jazdy.", ""));
        assertThat(ids("prawko")).isEmpty();

        index.useSynonyms(Synonyms.parse("prawko, prawo jazdy"));

        assertThat(ids("prawko")).containsExactly("prawo-jazdy");
        assertThat(index.synonyms().groups()).hasSize(1);
    }

    @Test
    void keepsTheIndexInAFolderAcrossRestarts(@TempDir Path folder) {
        try (LuceneArticleIndex onDisk = LuceneArticleIndex.open(folder, Synonyms.none())) {
            onDisk.index(article("paszport", "Paszport", "Dokument podróży.", ""));
        }
        try (LuceneArticleIndex reopened = LuceneArticleIndex.open(folder, Synonyms.none())) {
            assertThat(reopened.size()).isEqualTo(1);
            assertThat(reopened.search(SearchRequest.of("paszportu")).hits()).extracting(h -> h.id().value())
                    .containsExactly("paszport");
        }
    }

    @Test
    void baselinesSearchTheSameFieldsWithStockAnalyzers() {
        try (LuceneArticleIndex standard = LuceneArticleIndex.inMemory(SearchAnalysis.STANDARD, Synonyms.none())) {
            standard.index(article("zasilek", "Zasiłek rodzinny", "Pieniądze na dzieci.", ""));
            index.index(article("zasilek", "Zasiłek rodzinny", "Pieniądze na dzieci.", ""));
            assertThat(standard.search(SearchRequest.of("zasiłek")).hits()).hasSize(1);
            // no diacritic folding: the baseline misses what ours finds
            assertThat(standard.search(SearchRequest.of("zasilek")).hits()).isEmpty();
            assertThat(index.search(SearchRequest.of("zasilek")).hits()).hasSize(1);
        }
        assertThat(SearchAnalysis.named("stempel")).isEqualTo(SearchAnalysis.STEMPEL);
    }

    private List<String> ids(String query) {
        return index.search(SearchRequest.of(query)).hits().stream().map(h -> h.id().value()).toList();
    }

    private static Article article(String id, String title, String summary, String body) {
        return new Article(new ArticleId(id), title, new Placement("Sprawy", "Różne", "Inne"), new OfficeCode("MC"),
                "urząd", LocalDate.of(2026, 11, 27), WritingStyle.PLAIN,
                List.of(new BodySection(BodySection.SUMMARY, summary), new BodySection("Jak to załatwić", body)),
                ArticleStatus.PUBLISHED);
    }
}
