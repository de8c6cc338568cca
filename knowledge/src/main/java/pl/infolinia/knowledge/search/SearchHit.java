package pl.infolinia.knowledge.search;

import pl.infolinia.knowledge.article.ArticleId;

/**
 * One article found, with what a result list shows of it.
 *
 * @param id      the article
 * @param title   its title
 * @param snippet a passage with matched words in {@code <b>…</b>}; the rest is HTML-escaped
 * @param score   relevance, comparable only within one result list
 * @param section the article's section
 * @param office  the code of its responsible office
 */
public record SearchHit(ArticleId id, String title, String snippet, float score, String section, String office) {
}
