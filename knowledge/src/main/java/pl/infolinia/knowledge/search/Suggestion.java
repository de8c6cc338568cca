package pl.infolinia.knowledge.search;

import pl.infolinia.knowledge.article.ArticleId;

/**
 * An article offered while a consultant is still typing.
 *
 * @param id    the article
 * @param title its title, to show in the drop-down
 */
public record Suggestion(ArticleId id, String title) {
}
