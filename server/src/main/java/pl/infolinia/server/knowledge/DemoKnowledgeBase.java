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

/** start-dev's demo knowledge base (123 articles), imported once into an empty database. */
@Component
@Order(5)
@ConditionalOnProperty(name = "infolinia.demo", havingValue = "true")
class DemoKnowledgeBase implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKnowledgeBase.class);

    private final JdbcArticleStore store;
    private final KnowledgeBase knowledge;
    private final Clock clock;

    DemoKnowledgeBase(JdbcArticleStore store, KnowledgeBase knowledge, Clock clock) {
        this.store = store;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (store.count() == 0) {
            int articles = knowledge.importDemo(new Edit("import", clock.instant(), "demo knowledge base")).size();
            log.info("Imported the demo knowledge base: {} articles.", articles);
        }
    }
}
