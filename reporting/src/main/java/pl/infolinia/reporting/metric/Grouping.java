package pl.infolinia.reporting.metric;

/**
 * What the rows of a traffic report are per. A contact counts once per group it reached: a call
 * transferred from one queue to another is offered once in each queue, but once for its hotline.
 */
public enum Grouping {
    /** The whole hotline service, one row per interval. */
    TOTAL,
    HOTLINE,
    QUEUE,
    /** The office whose queue the call waited in. */
    OFFICE,
    /** The consultant's classification, else the IVR topic, else "-". */
    TOPIC,
    /** The consultant who answered; unanswered calls belong to none. */
    CONSULTANT;

    /** The group of one visit, or null when the visit belongs to none. */
    String key(ContactTrail trail, QueueVisit visit) {
        return switch (this) {
            case TOTAL -> "";
            case HOTLINE -> trail.hotline;
            case QUEUE -> visit.queue.value();
            case OFFICE -> visit.office == null ? ContactTrail.NO_TOPIC : visit.office.value();
            case TOPIC -> trail.topic();
            case CONSULTANT -> visit.agent == null ? null : visit.agent.value();
        };
    }
}
