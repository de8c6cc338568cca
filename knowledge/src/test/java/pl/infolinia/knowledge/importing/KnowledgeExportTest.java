package pl.infolinia.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.BodySection;
import pl.infolinia.knowledge.article.WritingStyle;

class KnowledgeExportTest {

    @TempDir
    Path folder;

    @Test
    void exportThenImportGivesTheSameKnowledgeBase() {
        KnowledgeContent demo = new KnowledgeImport().demo();

        new KnowledgeExport().write(demo, folder);
        ImportReport again = new KnowledgeImport().check(folder);

        assertThat(again.problems()).isEmpty();
        assertThat(again.content()).isEqualTo(demo);
    }

    @Test
    void exportAsZipThenImportGivesTheSameKnowledgeBase() throws IOException {
        KnowledgeContent demo = new KnowledgeImport().demo();
        Path zip = folder.resolve("kb.zip");

        try (OutputStream out = Files.newOutputStream(zip)) {
            new KnowledgeExport().writeZip(demo, out);
        }
        ImportReport again = new KnowledgeImport().check(zip);

        assertThat(again.problems()).isEmpty();
        assertThat(again.content()).isEqualTo(demo);
    }

    @Test
    void keepsDraftsQuotesAndBackslashesThroughTheRoundTrip() {
        KnowledgeContent demo = new KnowledgeImport().demo();
        Article becikowe = demo.articles().stream().filter(a -> a.id().equals(new ArticleId("becikowe"))).findFirst().orElseThrow();
        Article draft = new Article(new ArticleId("nowy-szkic"), "Tytuł z \"cudzysłowem\" i \\ ukośnikiem: tak",
                becikowe.placement(), becikowe.office(), "urząd # gminy", LocalDate.of(2027, 1, 2), WritingStyle.OFFICIAL,
                List.of(new BodySection(BodySection.SUMMARY, "Krótko.")), ArticleStatus.DRAFT);
        List<Article> articles = new ArrayList<>(demo.articles());
        articles.add(draft);

        new KnowledgeExport().write(new KnowledgeContent(demo.taxonomy(), demo.offices(), articles), folder);

        assertThat(new KnowledgeImport().check(folder).content().articles()).contains(draft);
    }
}
