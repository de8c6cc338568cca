package pl.infolinia.server.knowledge;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import pl.infolinia.knowledge.taxonomy.TaxonomyStore;

/** The taxonomy and offices of the last import, as JSON in {@code kb_document} under {@code tree}. */
@Repository
class JdbcTaxonomyStore implements TaxonomyStore {

    private static final String NAME = "tree";

    private final KbDocuments documents;
    private final KnowledgeJson json;
    private final Clock clock;

    JdbcTaxonomyStore(KbDocuments documents, KnowledgeJson json, Clock clock) {
        this.documents = documents;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<Tree> load() {
        return documents.read(NAME).map(json::tree);
    }

    @Override
    public void save(Tree tree) {
        documents.write(NAME, json.write(tree), "import", clock.instant());
    }
}
