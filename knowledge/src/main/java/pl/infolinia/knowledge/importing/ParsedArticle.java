package pl.infolinia.knowledge.importing;

import java.util.Map;
import pl.infolinia.knowledge.article.Article;

/**
 * An article read from its file, with the lines that cross-file checks need to point at.
 *
 * @param file       path of the Markdown file
 * @param article    the article
 * @param fieldLines line of each front-matter field
 * @param linkLines  line of the first {@code [[id]]} link to each id
 */
record ParsedArticle(String file, Article article, Map<String, Integer> fieldLines, Map<String, Integer> linkLines) {

    int lineOf(String field) {
        return fieldLines.getOrDefault(field, 1);
    }
}
