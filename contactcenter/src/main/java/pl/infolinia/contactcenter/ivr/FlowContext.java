package pl.infolinia.contactcenter.ivr;

import java.util.Set;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;

/**
 * What a flow may refer to outside itself: the configured queues, offices and calendars, and which
 * of the queues may record their calls (a caller must hear the recording notice before them).
 *
 * <p>Supplied by whoever loads the flow (the server, from its directories), so that a flow
 * naming a queue that does not exist is refused at load time rather than when a citizen calls.
 */
public record FlowContext(Set<QueueCode> queues, Set<OfficeCode> offices, Set<String> calendars,
        Set<QueueCode> recordedQueues) {

    public FlowContext {
        queues = Set.copyOf(queues);
        offices = Set.copyOf(offices);
        calendars = Set.copyOf(calendars);
        recordedQueues = Set.copyOf(recordedQueues);
    }

    /** A context in which no queue records its calls. */
    public FlowContext(Set<QueueCode> queues, Set<OfficeCode> offices, Set<String> calendars) {
        this(queues, offices, calendars, Set.of());
    }
}
