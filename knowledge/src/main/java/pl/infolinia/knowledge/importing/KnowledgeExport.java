package pl.infolinia.knowledge.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.BodySection;
import pl.infolinia.knowledge.taxonomy.Category;
import pl.infolinia.knowledge.taxonomy.Office;
import pl.infolinia.knowledge.taxonomy.Section;
import pl.infolinia.knowledge.taxonomy.ServiceGroup;

/**
 * Writes a knowledge base in the import format, so that exporting and importing again gives
 * the same knowledge base.
 *
 * <p>Text values are always double-quoted, which YAML reads back unchanged whatever they hold;
 * a published article carries no status field, as in the demo files.
 */
public final class KnowledgeExport {

    /** Writes taxonomy.yaml, offices.yaml and articles/*.md into the folder, replacing same-named files. */
    public void write(KnowledgeContent content, Path folder) {
        try {
            Files.createDirectories(folder.resolve("articles"));
            Files.writeString(folder.resolve(TaxonomyFile.NAME), taxonomy(content), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(OfficesFile.NAME), offices(content), StandardCharsets.UTF_8);
            for (Article article : content.articles()) {
                Files.writeString(folder.resolve("articles/" + article.id() + ".md"), article(article), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the knowledge base to " + folder, e);
        }
    }

    /** Writes the same files as {@link #write} into a ZIP archive on the stream, which stays open. */
    public void writeZip(KnowledgeContent content, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            entry(zip, TaxonomyFile.NAME, taxonomy(content));
            entry(zip, OfficesFile.NAME, offices(content));
            for (Article article : content.articles()) {
                entry(zip, "articles/" + article.id() + ".md", article(article));
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the knowledge base as ZIP", e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String taxonomy(KnowledgeContent content) {
        StringBuilder yaml = new StringBuilder("sections:\n");
        for (Section section : content.taxonomy().sections()) {
            yaml.append("- name: ").append(quote(section.name())).append("\n  categories:\n");
            for (Category category : section.categories()) {
                yaml.append("  - name: ").append(quote(category.name())).append("\n    groups:\n");
                for (ServiceGroup group : category.groups()) {
                    yaml.append("    - ").append(quote(group.name())).append('\n');
                }
            }
        }
        return yaml.toString();
    }

    private static String offices(KnowledgeContent content) {
        StringBuilder yaml = new StringBuilder("offices:\n");
        for (Office office : content.offices().all()) {
            yaml.append("  - code: ").append(quote(office.code().value())).append('\n')
                    .append("    name: ").append(quote(office.name())).append('\n');
            if (!office.kind().isEmpty()) {
                yaml.append("    kind: ").append(quote(office.kind())).append('\n');
            }
            office.transferTo().ifPresent(to -> yaml.append("    transfer_to: ").append(quote(to)).append('\n'));
        }
        return yaml.toString();
    }

    /** One article as its {@code articles/<id>.md} file: the form version diffs compare, too. */
    public static String article(Article article) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("id: ").append(article.id()).append('\n')
                .append("title: ").append(quote(article.title())).append('\n')
                .append("section: ").append(quote(article.placement().section())).append('\n')
                .append("category: ").append(quote(article.placement().category())).append('\n')
                .append("group: ").append(quote(article.placement().group())).append('\n')
                .append("office: ").append(quote(article.office().value())).append('\n')
                .append("handled_by: ").append(quote(article.handledBy())).append('\n')
                .append("updated: ").append(article.updated()).append('\n')
                .append("style: ").append(article.style().name().toLowerCase(Locale.ROOT)).append('\n');
        if (article.status() != ArticleStatus.PUBLISHED) {
            md.append("status: ").append(article.status().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        md.append("---\n");
        for (BodySection section : article.body()) {
            md.append("\n## ").append(section.heading()).append("\n\n").append(section.markdown()).append('\n');
        }
        return md.toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
