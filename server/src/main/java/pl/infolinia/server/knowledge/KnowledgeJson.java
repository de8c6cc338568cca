package pl.infolinia.server.knowledge;

import org.springframework.stereotype.Component;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.taxonomy.Taxonomy;
import pl.infolinia.knowledge.taxonomy.TaxonomyStore;
import tools.jackson.databind.json.JsonMapper;

/** Articles and the taxonomy as the JSON the database keeps them in. */
@Component
class KnowledgeJson {

    private final JsonMapper json;

    KnowledgeJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    Article article(String data) {
        return json.readValue(data, Article.class);
    }

    Taxonomy taxonomy(String data) {
        return json.readValue(data, Taxonomy.class);
    }

    TaxonomyStore.Tree tree(String data) {
        return json.readValue(data, TaxonomyStore.Tree.class);
    }
}
