package pl.infolinia.contactcenter.recordingpolicy;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.queue.Queue;

/**
 * The offices' recording policies, as they are now: asked afresh for every answered call, so that
 * a changed policy applies from the next call on.
 */
@FunctionalInterface
public interface RecordingPolicies {

    /** Every office records every call and allows pauses: the behaviour before policies existed. */
    RecordingPolicies RECORD_ALL = office -> RecordingPolicy.DEFAULT;

    /** The office's policy; {@link RecordingPolicy#DEFAULT} for an office that has set none. */
    RecordingPolicy of(OfficeCode office);

    /** What applies to a call answered from {@code queue} of {@code office} (queue null: none). */
    default RecordingRule ruleFor(OfficeCode office, QueueCode queue) {
        return of(office).ruleFor(queue);
    }

    /** The queues whose calls may be recorded, whose callers must hear the recording notice first. */
    default Set<QueueCode> recordedQueues(Collection<Queue> queues) {
        return queues.stream().filter(queue -> of(queue.office()).modeFor(queue.code()).mayRecord())
                .map(Queue::code).collect(Collectors.toSet());
    }
}
