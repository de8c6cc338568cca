package pl.infolinia.contactcenter.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;

/** The consultant searched the knowledge base during the contact; {@code results} 0 is a search without result. */
public record KnowledgeSearched(ContactId contactId, Instant at, AgentId agentId, String query, int results)
        implements CallEvent {

    /** Longest query kept. */
    public static final int MAX_QUERY = 200;

    public KnowledgeSearched {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(query, "query");
        query = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        if (results < 0) {
            throw new IllegalArgumentException("results < 0");
        }
    }

    @Override
    public Optional<AgentId> agent() {
        return Optional.of(agentId);
    }

    @Override
    public Map<String, String> data() {
        return Map.of("query", query, "results", Integer.toString(results));
    }
}
