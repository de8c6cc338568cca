package pl.infolinia.server.desk;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.search.SearchHit;
import pl.infolinia.knowledge.search.SearchRequest;
import pl.infolinia.knowledge.taxonomy.Section;

/**
 * Knowledge-base articles for a contact's topic, shown on the incoming call's card before the
 * consultant answers. An IVR topic names the section whose first word it is ({@code dokumenty}
 * for "Dokumenty i dane osobowe", {@code praca} for "Praca i emerytura"); the suggestions are that
 * section's best matches for the topic word, or the whole base's when no section fits.
 */
@Component
@ConditionalOnWebApplication
class SuggestedArticles {

    static final int MAX = 5;

    private final KnowledgeBase knowledge;

    SuggestedArticles(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    List<SearchHit> forTopic(Optional<String> topic) {
        if (topic.isEmpty() || topic.get().isBlank()) {
            return List.of();
        }
        Optional<String> section = sectionOf(topic.get());
        SearchRequest request = new SearchRequest(section.orElse(topic.get()), section, Optional.empty(), MAX);
        return knowledge.search(request).hits();
    }

    Optional<String> sectionOf(String topic) {
        String word = FoldedText.of(topic);
        return knowledge.taxonomy().sections().stream().map(Section::name)
                .filter(name -> FoldedText.of(name.split("[\\s,]+")[0]).equals(word))
                .findFirst();
    }

}
