package pl.infolinia.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.ArticleStore;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.article.InMemoryArticleStore;

/** Articles as articles.json or articles.csv, beside the demo's tree: the same checks, the same lines. */
class JsonAndCsvImportTest {

    private static final Edit IMPORT = new Edit("import", Instant.parse("2026-11-28T10:00:00Z"), "test");

    private static final String JSON = """
            [
              {
                "id": "karta-wedkarska",
                "title": "Karta w\\u0119dkarska",
                "section": "%s", "category": "%s", "group": "%s",
            \t"office": "MI",
                "handled_by": "starostwo powiatowe",
                "updated": "2026-11-01",
                "style": "plain",
                "body": "## W skrócie\\n\\nKartę wędkarską wydaje starostwo.\\n\\n## Zobacz też\\n\\n- [[becikowe]]\\n"
              },
              {
                "id": "karta-wedkarska-duplikat",
                "title": "Duplikat karty wędkarskiej",
                "section": "%s", "category": "%s", "group": "%s",
                "office": "MI",
                "handled_by": "starostwo powiatowe",
                "updated": "2026-11-01",
                "style": "plain",
                "status": "draft",
                "body": "## W skrócie\\n\\nZgubioną kartę zastąpi duplikat. Zobacz [[karta-wedkarska]].\\n"
              }
            ]
            """;

    @TempDir
    Path folder;

    private DemoCopy kb;
    private final KnowledgeImport importer = new KnowledgeImport();
    private final ArticleStore store = new InMemoryArticleStore();
    private String[] place;

    @BeforeEach
    void treeOfTheDemoWithoutItsArticles() {
        kb = DemoCopy.in(folder);
        String becikowe = kb.read("articles/becikowe.md");
        place = new String[] {field(becikowe, "section"), field(becikowe, "category"), field(becikowe, "group")};
    }

    @Test
    void importsArticlesFromJsonBesideTheMarkdownFiles() {
        kb.write("articles.json", json());

        ImportReport report = importer.apply(kb.root, store, IMPORT);

        assertThat(report.problems()).isEmpty();
        assertThat(report.content().articles()).hasSize(125);
        assertThat(store.find(new ArticleId("karta-wedkarska")).orElseThrow().title()).isEqualTo("Karta wędkarska");
        assertThat(store.find(new ArticleId("karta-wedkarska-duplikat")).orElseThrow().status())
                .isEqualTo(ArticleStatus.DRAFT);
        assertThat(importer.apply(kb.root, store, IMPORT).written()).isEmpty();
    }

    @Test
    void importsArticlesFromCsvWithABodyOverSeveralLines() {
        kb.write("articles.csv", "id;title;section;category;group;office;handled_by;updated;style;body\n"
                + "karta-wedkarska;Karta wędkarska;" + String.join(";", place) + ";MI;starostwo;2026-11-01;plain;"
                + "\"## W skrócie\n\nKartę wydaje \"\"starostwo\"\".\n\"\n");

        ImportReport report = importer.apply(kb.root, store, IMPORT);

        assertThat(report.problems()).isEmpty();
        assertThat(store.find(new ArticleId("karta-wedkarska")).orElseThrow().summary())
                .isEqualTo("Kartę wydaje \"starostwo\".");
    }

    @Test
    void reportsBrokenJsonWithItsLineAndChangesNothing() {
        kb.write("articles.json", json().replace("\"updated\": \"2026-11-01\",\n    \"style\": \"plain\",\n    \"status\"",
                "\"updated\": \"2026-11-01\"\n    \"style\": \"plain\",\n    \"status\""));

        assertThatThrownBy(() -> importer.apply(kb.root, store, IMPORT)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("articles.json");
                    assertThat(p.line()).isBetween(17, 19);
                    assertThat(p.message()).startsWith("broken YAML");
                }));
        assertThat(store.all()).isEmpty();
    }

    @Test
    void reportsMissingFieldsUnknownOfficeAndDuplicateIdsWithTheirLines() {
        kb.write("articles.json", json().replace("\"office\": \"MI\",\n    \"handled_by\"", "\"office\": \"NOPE\",\n    \"handled_by\"")
                .replace("\"id\": \"karta-wedkarska-duplikat\"", "\"id\": \"becikowe\""));
        kb.write("articles.csv", "id,title,section,category,group,office,handled_by,updated,style,body\n"
                + "karta-rowerowa,Karta rowerowa,,x,y,MI,gmina,2026-11-01,plain,\"## W skrócie\n\nTekst.\"\n");

        assertThatThrownBy(() -> importer.apply(kb.root, store, IMPORT)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).extracting(ImportProblem::toString).contains(
                        "articles.json:6 [office]: unknown office 'NOPE' (not in offices.yaml)",
                        "articles.csv:2 [section]: field 'section' must be non-empty text")
                        .anySatisfy(p -> assertThat(p).startsWith("articles.json:13 [id]: duplicate id 'becikowe'")));
        assertThat(store.all()).isEmpty();
    }

    @Test
    void refusesAScriptInACsvBodyAndALinkToAMissingArticle() {
        kb.write("articles.csv", "id,title,section,category,group,office,handled_by,updated,style,body\n"
                + "karta-rowerowa,Karta rowerowa," + String.join(",", quoted(place)) + ",MI,gmina,2026-11-01,plain,"
                + "\"## W skrócie\n\n<script>alert(1)</script>\n\nZobacz [[nie-ma-go]].\"\n");

        assertThatThrownBy(() -> importer.apply(kb.root, store, IMPORT)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).extracting(ImportProblem::toString).contains(
                        "articles.csv:2 [body: W skrócie]: body line 3: a <script> element is not allowed;"
                                + " articles are plain Markdown",
                        "articles.csv:2 [Zobacz też]: link [[nie-ma-go]] points to a missing article"));
        assertThat(store.all()).isEmpty();
    }

    @Test
    void refusesAFiftyMegabyteJsonFileWithoutReadingIt() throws IOException {
        Path big = kb.root.resolve("articles.json");
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }

        assertThat(importer.check(kb.root).problems()).extracting(ImportProblem::toString)
                .contains("articles.json: file is 50.0 MB, over the 5 MB limit");
    }

    private String json() {
        return JSON.formatted(place[0], place[1], place[2], place[0], place[1], place[2]);
    }

    private static String[] quoted(String[] values) {
        return Stream.of(values).map(v -> "\"" + v + "\"").toArray(String[]::new);
    }

    private static String field(String markdown, String name) {
        return markdown.lines().filter(line -> line.startsWith(name + ": ")).findFirst()
                .map(line -> line.substring(name.length() + 2).strip().replaceAll("^\"|\"$", ""))
                .orElseThrow(() -> new UncheckedIOException(new IOException("no " + name)));
    }
}
