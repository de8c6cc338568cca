package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/** The consultant opened a knowledge-base article during the contact; kept with the contact. */
public record ArticleOpened(ContactId contactId, Instant at, AgentId agentId, String articleId) implements CallEvent {

    public ArticleOpened {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(articleId, "articleId");
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }

    @Override
    public Map<String, String> data() {
        return Map.of("article", articleId);
    }
}
