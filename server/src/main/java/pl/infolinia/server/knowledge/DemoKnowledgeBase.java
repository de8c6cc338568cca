package pl.infolinia.server.knowledge;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.importing.KnowledgeContent;
import pl.infolinia.knowledge.importing.KnowledgeImport;
import pl.infolinia.knowledge.taxonomy.TaxonomyStore;

/** start-dev's demo knowledge base (123 articles), imported once into an empty database. */
@Component
@Order(5)
@ConditionalOnProperty(name = "infolinia.demo", havingValue = "true")
class DemoKnowledgeBase implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKnowledgeBase.class);

    private final JdbcArticleStore store;
    private final KnowledgeBase knowledge;
    private final JdbcTaxonomyStore trees;
    private final Clock clock;

    DemoKnowledgeBase(JdbcArticleStore store, KnowledgeBase knowledge, JdbcTaxonomyStore trees, Clock clock) {
        this.store = store;
        this.knowledge = knowledge;
        this.trees = trees;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (store.count() == 0) {
            int articles = knowledge.importDemo(new Edit("import", clock.instant(), "demo knowledge base")).size();
            log.info("Imported the demo knowledge base: {} articles.", articles);
        } else if (trees.load().isEmpty()) {
            // a database from before the tree was kept: give it the demo's tree, leaving articles as edited
            KnowledgeContent demo = new KnowledgeImport().demo();
            trees.save(new TaxonomyStore.Tree(demo.taxonomy(), demo.offices()));
        }
    }
}
