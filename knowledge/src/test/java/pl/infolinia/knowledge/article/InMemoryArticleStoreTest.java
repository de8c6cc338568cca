package pl.infolinia.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.infolinia.knowledge.taxonomy.OfficeCode;
import pl.infolinia.knowledge.taxonomy.Placement;

class InMemoryArticleStoreTest {

    private static final Edit ANNA = new Edit("anna", Instant.parse("2026-11-27T10:00:00Z"), "first draft");
    private static final Edit PIOTR = new Edit("piotr", Instant.parse("2026-11-28T09:30:00Z"), "plainer summary");

    private final ArticleStore store = new InMemoryArticleStore();

    @Test
    void firstSaveCreatesVersionOne() {
        Article draft = article("becikowe", "Becikowe to 1000 zł.", ArticleStatus.DRAFT);

        ArticleVersion version = store.save(draft, ANNA).orElseThrow();

        assertThat(version.number()).isEqualTo(1);
        assertThat(version.edit()).isEqualTo(ANNA);
        assertThat(version.changedFields()).containsExactly("created");
        assertThat(store.find(draft.id())).contains(draft);
    }

    @Test
    void eachChangeAppendsAVersionNamingTheChangedFields() {
        Article draft = article("becikowe", "Becikowe to 1000 zł.", ArticleStatus.DRAFT);
        store.save(draft, ANNA);

        store.save(article("becikowe", "Dostaniesz 1000 zł na dziecko.", ArticleStatus.PUBLISHED), PIOTR);

        assertThat(store.history(draft.id())).extracting(ArticleVersion::number, v -> v.edit().author(),
                ArticleVersion::changedFields).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "anna", List.of("created")),
                        org.assertj.core.groups.Tuple.tuple(2, "piotr", List.of("status", "body:W skrócie")));
    }

    @Test
    void savingAnUnchangedArticleWritesNoVersion() {
        Article article = article("becikowe", "Becikowe to 1000 zł.", ArticleStatus.PUBLISHED);
        store.save(article, ANNA);

        assertThat(store.save(article, PIOTR)).isEmpty();
        assertThat(store.history(article.id())).hasSize(1);
    }

    @Test
    void restoreMakesAnOldVersionTheNewestAndKeepsHistory() {
        Article first = article("becikowe", "Becikowe to 1000 zł.", ArticleStatus.PUBLISHED);
        store.save(first, ANNA);
        store.save(article("becikowe", "Źle wpisana kwota 100 zł.", ArticleStatus.PUBLISHED), PIOTR);

        ArticleVersion restored = store.restore(first.id(), 1, new Edit("anna", Instant.parse("2026-11-29T08:00:00Z"), ""));

        assertThat(restored.number()).isEqualTo(3);
        assertThat(restored.edit().note()).isEqualTo("restored version 1");
        assertThat(store.find(first.id())).contains(first);
    }

    @Test
    void restoringAnUnknownArticleOrVersionFails() {
        store.save(article("becikowe", "Becikowe to 1000 zł.", ArticleStatus.PUBLISHED), ANNA);

        assertThatThrownBy(() -> store.restore(new ArticleId("nie-ma"), 1, ANNA)).isInstanceOf(NoSuchArticle.class);
        assertThatThrownBy(() -> store.restore(new ArticleId("becikowe"), 7, ANNA))
                .isInstanceOf(NoSuchArticle.class).hasMessageContaining("no version 7");
    }

    @Test
    void saveAllWithARepeatedIdChangesNothing() {
        Article one = article("becikowe", "Jeden.", ArticleStatus.PUBLISHED);
        Article two = article("becikowe", "Dwa.", ArticleStatus.PUBLISHED);

        assertThatThrownBy(() -> store.saveAll(List.of(one, two), ANNA)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void articleIdsAreLowerCaseSlugs() {
        assertThat(ArticleId.isValid("dowod-osobisty-utrata")).isTrue();
        assertThat(ArticleId.isValid("Dowód")).isFalse();
        assertThat(ArticleId.isValid("a--b")).isFalse();
        assertThatThrownBy(() -> new ArticleId("../etc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articleListsItsLinksInOrder() {
        Article article = new Article(new ArticleId("a"), "A", placement(), new OfficeCode("MC"), "urząd gminy",
                LocalDate.of(2026, 11, 27), WritingStyle.PLAIN,
                List.of(new BodySection(BodySection.SUMMARY, "Zob. [[b]]."),
                        new BodySection(BodySection.SEE_ALSO, "- [[c]]\n- [[b]]")), ArticleStatus.DRAFT);

        assertThat(article.links()).containsExactly("b", "c");
    }

    private static Article article(String id, String summary, ArticleStatus status) {
        return new Article(new ArticleId(id), "Becikowe", placement(), new OfficeCode("MRPIPS"), "urząd gminy",
                LocalDate.of(2026, 11, 27), WritingStyle.PLAIN,
                List.of(new BodySection(BodySection.SUMMARY, summary), new BodySection("Ile zapłacisz", "Nic.")), status);
    }

    private static Placement placement() {
        return new Placement("Rodzina i dzieci", "Narodziny dziecka", "Świadczenia po urodzeniu dziecka");
    }
}
