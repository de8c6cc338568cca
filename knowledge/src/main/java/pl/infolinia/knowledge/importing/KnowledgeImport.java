package pl.infolinia.knowledge.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleStore;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.taxonomy.Offices;
import pl.infolinia.knowledge.taxonomy.Taxonomy;

/**
 * Imports a knowledge base in the demo format from a folder or a ZIP file.
 *
 * <p>Beside taxonomy.yaml and offices.yaml, articles come as {@code articles/*.md} files, as a
 * list in {@code articles.json}, as rows of {@code articles.csv}, or any mix of these; every
 * form goes through the same checks.
 *
 * <p>{@link #check} is the dry run: it reads and validates everything and changes nothing.
 * {@link #apply} does the same and then saves all articles in one all-or-nothing step; with any
 * problem it throws {@link InvalidInput} before touching the store. Re-importing the same files
 * updates articles by id and adds versions only for articles that really changed.
 */
public final class KnowledgeImport {

    private static final String DEMO = "/demo/kb/taxonomy.yaml";

    /** Reads and validates the import at the path without changing anything. */
    public ImportReport check(Path location) {
        return check(location, ImportScope.everything());
    }

    /** Reads and validates the import, and whether it stays within the scope, without changing anything. */
    public ImportReport check(Path location, ImportScope scope) {
        return validate(ImportSource.read(location), scope);
    }

    /**
     * Validates the import and, if it has no problems, saves every article.
     *
     * @throws InvalidInput listing every problem, when there is any; the store is then unchanged
     */
    public ImportReport apply(Path location, ArticleStore store, Edit edit) {
        return apply(location, store, edit, ImportScope.everything());
    }

    /**
     * Validates the import, within the scope, and if it has no problems saves every article.
     *
     * @throws InvalidInput listing every problem, when there is any; the store is then unchanged
     */
    public ImportReport apply(Path location, ArticleStore store, Edit edit, ImportScope scope) {
        ImportReport report = check(location, scope);
        if (!report.valid()) {
            throw new InvalidInput(report.problems());
        }
        return new ImportReport(List.of(), report.content(), store.saveAll(report.content().articles(), edit));
    }

    /** Reads the demo knowledge base that ships inside this module. */
    public KnowledgeContent demo() {
        URL taxonomy = KnowledgeImport.class.getResource(DEMO);
        if (taxonomy == null) {
            throw new IllegalStateException("the demo knowledge base is missing from the classpath: " + DEMO);
        }
        try {
            URI uri = taxonomy.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return valid(check(jar.provider().getPath(uri).getParent()));
                }
            }
            return valid(check(Path.of(uri).getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KnowledgeContent valid(ImportReport report) {
        if (!report.valid()) {
            throw new InvalidInput(report.problems());
        }
        return report.content();
    }

    private static ImportReport validate(List<SourceFile> files, ImportScope scope) {
        List<ImportProblem> problems = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.size() > ImportSource.MAX_FILE_BYTES) {
                problems.add(new ImportProblem(file.path(), 0, "", String.format(Locale.ROOT,
                        "file is %.1f MB, over the %d MB limit", file.size() / 1048576.0,
                        ImportSource.MAX_FILE_BYTES / 1048576)));
            }
        }
        Taxonomy taxonomy = find(files, TaxonomyFile.NAME, problems)
                .map(f -> new TaxonomyFile(problems).read(f)).orElse(new Taxonomy(List.of()));
        Offices offices = find(files, OfficesFile.NAME, problems)
                .map(f -> new OfficesFile(problems).read(f)).orElse(new Offices(List.of()));
        List<ParsedArticle> parsed = new ArrayList<>();
        ArticleFile reader = new ArticleFile(problems);
        List<SourceFile> articleFiles = files.stream()
                .filter(f -> f.path().startsWith("articles/") && f.path().endsWith(".md")).toList();
        articleFiles.stream().filter(f -> f.size() <= ImportSource.MAX_FILE_BYTES)
                .forEach(f -> reader.read(f).ifPresent(parsed::add));
        Set<String> fileIds = articleFiles.stream()
                .map(f -> f.path().substring(f.path().lastIndexOf('/') + 1, f.path().length() - ".md".length()))
                .collect(Collectors.toCollection(HashSet::new));
        for (ArticleRecord record : records(files, problems)) {
            record.id().ifPresent(fileIds::add);
            record.read(problems).ifPresent(parsed::add);
        }
        new ContentChecks(problems).check(parsed, fileIds, taxonomy, offices);
        scope.check(taxonomy, offices, parsed, problems);
        List<Article> articles = parsed.stream().map(ParsedArticle::article).toList();
        return new ImportReport(problems, new KnowledgeContent(taxonomy, offices, articles), List.of());
    }

    /** The articles of articles.json and articles.csv, beside or instead of articles/*.md. */
    private static List<ArticleRecord> records(List<SourceFile> files, List<ImportProblem> problems) {
        List<ArticleRecord> records = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.size() > ImportSource.MAX_FILE_BYTES) {
                continue;
            }
            if (file.path().equals(ArticlesJson.NAME)) {
                records.addAll(ArticlesJson.read(file, problems));
            } else if (file.path().equals(ArticlesCsv.NAME)) {
                records.addAll(ArticlesCsv.read(file, problems));
            }
        }
        return records;
    }

    private static Optional<SourceFile> find(List<SourceFile> files, String name, List<ImportProblem> problems) {
        Optional<SourceFile> file = files.stream().filter(f -> f.path().equals(name)).findFirst();
        if (file.isEmpty()) {
            problems.add(new ImportProblem(name, 0, "", "missing file " + name));
        }
        return file.filter(f -> f.size() <= ImportSource.MAX_FILE_BYTES);
    }
}
