package pl.infolinia.server.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.readability.OfficialeseList;

/**
 * At start, after the migrations and the demo: puts the editors' saved synonyms and officialese list
 * in force, loads the taxonomy and
 * rebuilds the search index if it is missing or stale.
 */
@Component
@Order(10)
class SearchIndexCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

    private final KnowledgeBase knowledge;
    private final JdbcSynonymStore synonyms;
    private final OfficialeseStore officialese;

    SearchIndexCheck(KnowledgeBase knowledge, JdbcSynonymStore synonyms, OfficialeseStore officialese) {
        this.knowledge = knowledge;
        this.synonyms = synonyms;
        this.officialese = officialese;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        synonyms.current().ifPresent(saved -> knowledge.useSynonyms(saved.synonyms()));
        officialese.current().ifPresent(saved -> knowledge.useOfficialese(OfficialeseList.parse(saved)));
        if (knowledge.openIndex()) {
            log.info("Rebuilt the knowledge-base search index from the database.");
        }
    }
}
