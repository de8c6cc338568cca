package pl.infolinia.knowledge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.taxonomy.Offices;
import pl.infolinia.knowledge.taxonomy.Taxonomy;

/**
 * Checks one edited article against the knowledge base it joins, as an import checks a file:
 * its place in the tree, its office, its links, and no HTML in its one-line fields.
 *
 * <p>An empty taxonomy or office list (a knowledge base that never had an import) checks nothing
 * of that kind, so that a first article can be written by hand.
 */
public final class ArticleChecks {

    private ArticleChecks() {
    }

    /** Every problem of the article; {@code exists} tells whether a linked article is in the knowledge base. */
    public static List<ImportProblem> check(Article article, Taxonomy taxonomy, Offices offices,
            Predicate<ArticleId> exists) {
        List<ImportProblem> problems = new ArrayList<>();
        String file = "articles/" + article.id() + ".md";
        ArticleMarkdown.htmlIn(article.title()).ifPresent(m -> problems.add(new ImportProblem(file, 0, "title", m)));
        ArticleMarkdown.htmlIn(article.handledBy())
                .ifPresent(m -> problems.add(new ImportProblem(file, 0, "handled_by", m)));
        if (!taxonomy.sections().isEmpty() && !taxonomy.contains(article.placement())) {
            problems.add(new ImportProblem(file, 0, "section", "'" + article.placement().section() + " › "
                    + article.placement().category() + " › " + article.placement().group()
                    + "' is not a place in the taxonomy"));
        }
        if (!offices.all().isEmpty() && offices.find(article.office()).isEmpty()) {
            problems.add(new ImportProblem(file, 0, "office", "unknown office '" + article.office() + "'"));
        }
        for (String link : article.links()) {
            if (!ArticleId.isValid(link) || !link.equals(article.id().value()) && !exists.test(new ArticleId(link))) {
                problems.add(new ImportProblem(ArticleMarkdown.FILE, 0, "Zobacz też",
                        "link [[" + link + "]] points to a missing article"));
            }
        }
        return problems;
    }
}
