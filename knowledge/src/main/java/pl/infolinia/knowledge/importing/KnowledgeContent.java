package pl.infolinia.knowledge.importing;

import java.util.List;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.taxonomy.Offices;
import pl.infolinia.knowledge.taxonomy.Taxonomy;

/**
 * A whole knowledge base as one import carries it: the tree, the offices and the articles.
 *
 * @param taxonomy sections, categories and groups
 * @param offices  offices and outside institutions
 * @param articles the articles, ordered by file name
 */
public record KnowledgeContent(Taxonomy taxonomy, Offices offices, List<Article> articles) {

    public KnowledgeContent {
        articles = List.copyOf(articles);
    }
}
