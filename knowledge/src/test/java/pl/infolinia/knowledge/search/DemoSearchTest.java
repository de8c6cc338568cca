package pl.infolinia.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.infolinia.knowledge.analysis.Synonyms;
import pl.infolinia.knowledge.importing.KnowledgeImport;

/** Searches the demo knowledge base the way consultants do. */
class DemoSearchTest {

    private static LuceneArticleIndex index;

    @BeforeAll
    static void indexDemo() {
        index = LuceneArticleIndex.inMemory(SearchAnalysis.POLISH, Synonyms.demo());
        index.replaceAll(new KnowledgeImport().demo().articles());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void findsDowodOsobistyFromEveryCaseOfDowod() {
        for (String query : List.of("dowód osobisty", "dowodu osobistego", "dowody osobiste", "dowodem osobistym")) {
            assertThat(ids(query).subList(0, 3)).allSatisfy(id -> assertThat(id).startsWith("dowod-osobisty-"));
        }
    }

    @Test
    void findsTheLostIdArticleTypedWithoutDiacritics() {
        assertThat(ids("zgubilem dowod").getFirst()).isEqualTo("dowod-osobisty-utrata");
        assertThat(ids("zasilek rodzinny").getFirst()).isEqualTo("zasilek-rodzinny");
    }

    @Test
    void toleratesTyposAndProposesTheCorrection() {
        SearchResults results = index.search(SearchRequest.of("paszprt dla dziecka"));

        assertThat(results.hits().getFirst().id().value()).isEqualTo("paszport-dla-dziecka");
        assertThat(results.didYouMean()).contains("paszport dla dziecka");
    }

    @Test
    void proposesNothingWhenEveryWordIsKnown() {
        assertThat(index.search(SearchRequest.of("wymiana dowodu")).didYouMean()).isEmpty();
    }

    @Test
    void findsArticlesThroughTheEditorsSynonyms() {
        assertThat(ids("L4 kto płaci").getFirst()).isEqualTo("zasilek-chorobowy-e-zwolnienie");
        assertThat(ids("800 plus wniosek").getFirst()).isEqualTo("swiadczenie-wychowawcze-800-plus");
        assertThat(ids("becikowe")).first().isEqualTo("becikowe");
    }

    @Test
    void requiresQuotedPhrasesAndPrefixes() {
        assertThat(ids("\"prawa jazdy\"").subList(0, 5)).allSatisfy(id -> assertThat(id).contains("prawo-jazdy"));
        // every hit mentions a passport; the four whose title names one come first, in any order among them
        List<SearchHit> passports = index.search(SearchRequest.of("paszp*")).hits();
        assertThat(passports).hasSizeGreaterThan(4);
        assertThat(passports.subList(0, 4)).allSatisfy(hit -> assertThat(hit.title().toLowerCase()).contains("paszport"));
        assertThat(passports.subList(0, 4)).extracting(hit -> hit.id().value())
                .containsExactlyInAnyOrder("paszport-dla-dziecka", "paszport-tymczasowy", "paszport-wydanie",
                        "zgubienie-dokumentow-za-granica");
    }

    @Test
    void countsHitsPerSectionAndOfficeAndFiltersByThem() {
        SearchResults all = index.search(SearchRequest.of("dowód osobisty"));
        assertThat(all.sections()).first().satisfies(facet -> {
            assertThat(facet.value()).isEqualTo("Dokumenty i dane osobowe");
            assertThat(facet.count()).isGreaterThanOrEqualTo(5);
        });
        assertThat(all.offices()).extracting(FacetCount::value).contains("MC");

        SearchResults family = index.search(new SearchRequest("dowód osobisty", Optional.of("Rodzina i dzieci"),
                Optional.empty(), 10));
        assertThat(family.hits()).allSatisfy(hit -> assertThat(hit.section()).isEqualTo("Rodzina i dzieci"));
        assertThat(family.total()).isLessThan(all.total());
    }

    @Test
    void highlightsMatchedWordsInTheSnippetAndEscapesTheRest() {
        SearchHit hit = index.search(SearchRequest.of("zgubiony dowód")).hits().getFirst();

        assertThat(hit.snippet()).contains("<b>").doesNotContain("<script").doesNotContain("[[");
        assertThat(hit.title()).isNotBlank();
    }

    @Test
    void suggestsTitlesAsYouType() {
        assertThat(index.suggest("pasz", 5)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.title().toLowerCase()).contains("paszport"));
        assertThat(index.suggest("dowodu osob", 5)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.title()).contains("dowodu osobistego"));
        assertThat(index.suggest("   ", 5)).isEmpty();
    }

    @Test
    void neverFailsOnOddInput() {
        for (String query : List.of("", "   ", "\"", "*", "\"\"", "a*", "((", "?", "AND OR NOT", "ąęśćżźłó".repeat(30))) {
            assertThat(index.search(SearchRequest.of(query)).hits()).isNotNull();
        }
    }

    private static List<String> ids(String query) {
        return index.search(SearchRequest.of(query)).hits().stream().map(h -> h.id().value()).toList();
    }
}
