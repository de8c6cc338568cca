package pl.infolinia.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStore;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.article.InMemoryArticleStore;

class KnowledgeImportTest {

    private static final Edit IMPORT = new Edit("import", Instant.parse("2026-11-27T12:00:00Z"), "demo");
    private static final String BECIKOWE = "articles/becikowe.md";

    @TempDir
    Path folder;

    private DemoCopy kb;
    private final KnowledgeImport importer = new KnowledgeImport();
    private final ArticleStore store = new InMemoryArticleStore();

    @BeforeEach
    void copyDemo() {
        kb = DemoCopy.in(folder);
    }

    @Test
    void dryRunReportsAValidImportAndChangesNothing() {
        ImportReport report = importer.check(kb.root);

        assertThat(report.valid()).isTrue();
        assertThat(report.content().articles()).hasSize(123);
        assertThat(report.written()).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void applyingTwiceWritesVersionsOnlyTheFirstTime() {
        assertThat(importer.apply(kb.root, store, IMPORT).written()).hasSize(123);

        assertThat(importer.apply(kb.root, store, IMPORT).written()).isEmpty();
        assertThat(store.history(new ArticleId("becikowe"))).hasSize(1);
    }

    @Test
    void reimportUpdatesByIdAndRecordsWhatChanged() {
        importer.apply(kb.root, store, IMPORT);
        kb.replace(BECIKOWE, "Becikowe to jednorazowo 1000 zł", "Becikowe to jednorazowo tysiąc złotych");

        ImportReport again = importer.apply(kb.root, store, IMPORT);

        assertThat(again.written()).singleElement().satisfies(version -> {
            assertThat(version.number()).isEqualTo(2);
            assertThat(version.changedFields()).containsExactly("body:W skrócie");
        });
        assertThat(store.find(new ArticleId("becikowe")).orElseThrow().summary()).startsWith("Becikowe to jednorazowo tysiąc");
    }

    @Test
    void reportsBrokenYamlWithFileAndLine() {
        kb.replace(BECIKOWE, "office: MRPIPS", "office: [MRPIPS");

        assertThat(importer.check(kb.root).problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(BECIKOWE);
            assertThat(problem.line()).isBetween(7, 9);
            assertThat(problem.message()).startsWith("broken YAML");
        });
    }

    @Test
    void reportsAMissingFieldByName() {
        kb.replace(BECIKOWE, "handled_by: \"urząd gminy lub ośrodek pomocy społecznej\"\n", "");

        assertThat(importer.check(kb.root).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(BECIKOWE);
            assertThat(problem.field()).isEqualTo("handled_by");
            assertThat(problem.message()).contains("missing field 'handled_by'");
        });
    }

    @Test
    void reportsUnknownSectionCategoryGroupAndOffice() {
        kb.replace(BECIKOWE, "section: \"Rodzina i dzieci\"", "section: \"Rodzina\"");
        kb.replace("articles/zasilek-rodzinny.md", "office: MRPIPS", "office: NIEMA");
        kb.replace("articles/dowod-osobisty-utrata.md", "group: \"Utrata i zastrzeżenie dowodu\"", "group: \"Zguby\"");

        List<ImportProblem> problems = importer.check(kb.root).problems();

        assertThat(problems).extracting(ImportProblem::toString).containsExactlyInAnyOrder(
                "articles/becikowe.md:4 [section]: unknown section 'Rodzina' (not in taxonomy.yaml)",
                "articles/dowod-osobisty-utrata.md:6 [group]: unknown group 'Zguby' in category 'Dowód osobisty'",
                "articles/zasilek-rodzinny.md:7 [office]: unknown office 'NIEMA' (not in offices.yaml)");
    }

    @Test
    void reportsADuplicateId() {
        kb.write("articles/kopia/becikowe.md", kb.read(BECIKOWE));

        assertThat(importer.check(kb.root).problems()).extracting(ImportProblem::message)
                .anySatisfy(message -> assertThat(message).contains("duplicate id 'becikowe'"));
    }

    @Test
    void reportsALinkToAMissingArticleWithItsLine() {
        kb.replace(BECIKOWE, "- [[zasilek-rodzinny]]", "- [[zasilek-rodziny]]");

        assertThat(importer.check(kb.root).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(BECIKOWE);
            assertThat(problem.line()).isEqualTo(kb.read(BECIKOWE).lines().toList().indexOf("- [[zasilek-rodziny]]") + 1);
            assertThat(problem.message()).isEqualTo("link [[zasilek-rodziny]] points to a missing article");
        });
    }

    @Test
    void refusesAFiftyMegabyteFileWithoutReadingIt() throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(kb.root.resolve("articles/ogromny.md").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }

        assertThat(importer.check(kb.root).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("articles/ogromny.md");
            assertThat(problem.message()).isEqualTo("file is 50.0 MB, over the 5 MB limit");
        });
    }

    @Test
    void refusesScriptAndOtherHtmlWithAClearError() {
        kb.replace(BECIKOWE, "Nic.", "Nic.<script>alert('x')</script>");
        kb.replace("articles/zasilek-rodzinny.md", "## Kogo dotyczy\n", "## Kogo dotyczy\n\n<div>uwaga</div>\n");

        assertThat(importer.check(kb.root).problems()).extracting(ImportProblem::message).containsExactlyInAnyOrder(
                "a <script> element is not allowed; articles are plain Markdown",
                "HTML (<div>) is not allowed; write plain Markdown");
    }

    @Test
    void refusesHtmlInTheTitleToo() {
        kb.replace(BECIKOWE, "title: \"Jednorazowa", "title: \"<script>x</script> Jednorazowa");

        assertThat(importer.check(kb.root).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("title");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("<script>");
        });
    }

    @Test
    void reportsBrokenTaxonomyYamlWithItsLine() {
        kb.replace("taxonomy.yaml", "  - name: Paszport\n", "  - name: Paszport\n   groups: [\n");

        assertThat(importer.check(kb.root).problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("taxonomy.yaml");
            assertThat(problem.line()).isGreaterThan(1);
            assertThat(problem.message()).startsWith("broken YAML");
        });
    }

    @Test
    void reportsEveryProblemAtOnceAndChangesNothing() {
        importer.apply(kb.root, store, IMPORT);
        kb.replace(BECIKOWE, "Becikowe to jednorazowo 1000 zł", "Becikowe to 2000 zł");
        kb.replace("articles/zasilek-rodzinny.md", "style: plain", "style: bardzo-urzedowy");
        kb.replace("articles/paszport-wydanie.md", "updated: 2026-11-27", "updated: 27.11.2026");

        assertThatThrownBy(() -> importer.apply(kb.root, store, IMPORT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).hasSize(2)
                        .extracting(ImportProblem::field).containsExactlyInAnyOrder("style", "updated"));
        assertThat(store.find(new ArticleId("becikowe")).orElseThrow().summary()).startsWith("Becikowe to jednorazowo 1000 zł");
        assertThat(store.history(new ArticleId("becikowe"))).hasSize(1);
    }

    @Test
    void reportsMissingFilesOfTheFormat() {
        kb.write("taxonomy.yaml", "sections: []\n");
        try {
            Files.delete(kb.root.resolve("offices.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(importer.check(kb.root).problems()).extracting(ImportProblem::message)
                .contains("missing file offices.yaml")
                .anySatisfy(message -> assertThat(message).startsWith("unknown section"));
    }

    @Test
    void importsAZipWhoseFilesSitInATopFolder() throws IOException {
        Path zip = folder.resolve("kb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(kb.root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry("baza-wiedzy/" + kb.root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }

        ImportReport report = importer.apply(zip, store, IMPORT);

        assertThat(report.valid()).isTrue();
        assertThat(store.all()).hasSize(123);
    }
}
