package pl.infolinia.knowledge;

import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.readability.ReadabilityScore;

/**
 * An article's readability, for the editors' list of the hardest articles.
 *
 * @param id    the article
 * @param title its title
 * @param score its readability
 */
public record ArticleReadability(ArticleId id, String title, ReadabilityScore score) {
}
