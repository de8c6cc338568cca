package pl.infolinia.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStore;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.article.InMemoryArticleStore;
import pl.infolinia.knowledge.taxonomy.OfficeCode;

/** An office's editor imports the whole knowledge base back, but may change only their office's articles. */
class ImportScopeTest {

    private static final Edit EDIT = new Edit("editor", Instant.parse("2026-12-06T12:00:00Z"), "import");
    private static final String BECIKOWE = "articles/becikowe.md";
    private static final OfficeCode MRPIPS = new OfficeCode("MRPIPS");
    private static final OfficeCode MC = new OfficeCode("MC");

    @TempDir
    Path folder;

    private DemoCopy kb;
    private KnowledgeContent current;
    private final KnowledgeImport importer = new KnowledgeImport();
    private final ArticleStore store = new InMemoryArticleStore();

    @BeforeEach
    void importTheDemoAsAnAdministrator() {
        kb = DemoCopy.in(folder);
        current = importer.apply(kb.root, store, EDIT).content();
    }

    private ImportScope editorsOf(OfficeCode office) {
        return ImportScope.office(office, current.taxonomy(), current.offices(), store::find);
    }

    @Test
    void theOfficesEditorChangesTheirArticleWhileTheOthersComeBackUnchanged() {
        kb.replace(BECIKOWE, "Becikowe to jednorazowo 1000 zł", "Becikowe to jednorazowo tysiąc złotych");

        ImportReport report = importer.apply(kb.root, store, EDIT, editorsOf(MRPIPS));

        assertThat(report.written()).singleElement()
                .satisfies(version -> assertThat(version.article().id().value()).isEqualTo("becikowe"));
    }

    @Test
    void anotherOfficesEditorCannotChangeTheArticleAndNothingIsWritten() {
        kb.replace(BECIKOWE, "Becikowe to jednorazowo 1000 zł", "Becikowe to jednorazowo tysiąc złotych");

        ImportReport check = importer.check(kb.root, editorsOf(MC));

        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(BECIKOWE);
            assertThat(problem.field()).isEqualTo("id");
            assertThat(problem.message()).contains("of office MRPIPS").contains("editors of MC");
        });
        assertThatThrownBy(() -> importer.apply(kb.root, store, EDIT, editorsOf(MC))).isInstanceOf(InvalidInput.class);
        assertThat(store.history(new ArticleId("becikowe"))).hasSize(1);
    }

    @Test
    void anEditorCannotTakeAnArticleOverFromAnotherOffice() {
        kb.replace(BECIKOWE, "office: MRPIPS", "office: MC");

        assertThat(importer.check(kb.root, editorsOf(MC)).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("of office MRPIPS"));
    }

    @Test
    void anEditorCannotAddAnArticleForAnotherOffice() {
        kb.write("articles/nowy-artykul.md", kb.read(BECIKOWE).replace("id: becikowe", "id: nowy-artykul"));

        assertThat(importer.check(kb.root, editorsOf(MC)).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("articles/nowy-artykul.md");
            assertThat(problem.field()).isEqualTo("office");
        });
        assertThat(importer.check(kb.root, editorsOf(MRPIPS)).valid()).isTrue();
    }

    @Test
    void onlyAnAdministratorChangesTheSectionsOrTheOffices() {
        kb.replace("taxonomy.yaml", "- Paszport tymczasowy", "- Paszport tymczasowy\n    - Paszport dla seniora");

        assertThat(importer.check(kb.root, editorsOf(MRPIPS)).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.file()).isEqualTo("taxonomy.yaml"));
        assertThat(importer.check(kb.root, ImportScope.everything()).valid()).isTrue();
    }
}
