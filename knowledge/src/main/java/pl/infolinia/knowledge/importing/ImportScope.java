package pl.infolinia.knowledge.importing;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleChanges;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.taxonomy.OfficeCode;
import pl.infolinia.knowledge.taxonomy.Offices;
import pl.infolinia.knowledge.taxonomy.Taxonomy;

/**
 * What an import may change: everything (an administrator, the command line) or only the articles
 * of one office (that office's knowledge-base editors).
 *
 * <p>An office's import may carry other offices' articles, as an export of the whole knowledge base
 * does, as long as it leaves them as they are; it may not change the tree of sections or the list
 * of offices, nor take an article over from another office. Every such change is a problem of the
 * import, so the all-or-nothing rule refuses the whole file.
 */
public final class ImportScope {

    private final Optional<OfficeCode> office;
    private final Taxonomy taxonomy;
    private final Offices offices;
    private final Function<ArticleId, Optional<Article>> stored;

    private ImportScope(Optional<OfficeCode> office, Taxonomy taxonomy, Offices offices,
            Function<ArticleId, Optional<Article>> stored) {
        this.office = office;
        this.taxonomy = taxonomy;
        this.offices = offices;
        this.stored = stored;
    }

    public static ImportScope everything() {
        return new ImportScope(Optional.empty(), new Taxonomy(List.of()), new Offices(List.of()), id -> Optional.empty());
    }

    /**
     * Only the articles of the office, against the knowledge base as it is now.
     *
     * @param stored the current version of an article, if there is one
     */
    public static ImportScope office(OfficeCode office, Taxonomy taxonomy, Offices offices,
            Function<ArticleId, Optional<Article>> stored) {
        return new ImportScope(Optional.of(office), taxonomy, offices, stored);
    }

    void check(Taxonomy importedTaxonomy, Offices importedOffices, List<ParsedArticle> articles,
            List<ImportProblem> problems) {
        if (office.isEmpty()) {
            return;
        }
        OfficeCode own = office.get();
        if (!importedTaxonomy.equals(taxonomy)) {
            problems.add(new ImportProblem(TaxonomyFile.NAME, 0, "",
                    "changes the sections and categories, which only an administrator may do"));
        }
        if (!importedOffices.equals(offices)) {
            problems.add(new ImportProblem(OfficesFile.NAME, 0, "",
                    "changes the list of offices, which only an administrator may do"));
        }
        for (ParsedArticle parsed : articles) {
            Article article = parsed.article();
            Optional<Article> before = stored.apply(article.id());
            if (before.isPresent() && ArticleChanges.between(before.get(), article).isEmpty()) {
                continue;
            }
            if (before.isPresent() && !before.get().office().equals(own)) {
                problems.add(new ImportProblem(parsed.file(), parsed.lineOf("id"), "id", "changes article '"
                        + article.id() + "' of office " + before.get().office() + "; editors of " + own
                        + " may change only their office's articles"));
            } else if (!article.office().equals(own)) {
                problems.add(new ImportProblem(parsed.file(), parsed.lineOf("office"), "office", "office '"
                        + article.office() + "': editors of " + own + " may import only their office's articles"));
            }
        }
    }
}
