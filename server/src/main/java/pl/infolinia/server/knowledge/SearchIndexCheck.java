package pl.infolinia.server.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.infolinia.knowledge.KnowledgeBase;

/** At start, after the migrations and the demo: rebuilds the search index if it is missing or stale. */
@Component
@Order(10)
class SearchIndexCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

    private final KnowledgeBase knowledge;

    SearchIndexCheck(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (knowledge.openIndex()) {
            log.info("Rebuilt the knowledge-base search index from the database.");
        }
    }
}
