package pl.infolinia.reporting.metric;

/**
 * Knowledge-base use for one topic: contacts a consultant handled, articles they opened and
 * searches they made, and how many searches found nothing.
 */
public record KnowledgeUse(String topic, int contactsHandled, int articlesOpened, int searches,
        int searchesWithoutResult) {
}
