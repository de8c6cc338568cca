package pl.infolinia.contactcenter.queue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;

/** The ACD's mutable record of one call; only touched under the ACD's lock. */
final class WaitingCall {

    final ContactId contact;
    final int priority;
    final long order;
    final Instant arrivedAt;
    QueueCode queue;
    /** When it joined its current queue: an overflow's maximum wait counts from here. */
    Instant queuedAt;
    CallStatus status = CallStatus.WAITING;
    final Set<AgentId> agents = new TreeSet<>();
    Instant ringDeadline;
    Instant connectedAt;
    String callbackNumber;
    int callbackAttempts;
    /** A callback waiting to be retried is not offered before this. */
    Instant eligibleFrom;

    WaitingCall(ContactId contact, QueueCode queue, int priority, long order, Instant now) {
        this.contact = contact;
        this.queue = queue;
        this.priority = priority;
        this.order = order;
        this.arrivedAt = now;
        this.queuedAt = now;
        this.eligibleFrom = now;
    }

    boolean isCallback() {
        return callbackNumber != null;
    }

    /** Whether it may be offered now: in line and not held back for a callback retry. */
    boolean isOfferable(Instant now) {
        return status == CallStatus.WAITING && !eligibleFrom.isAfter(now);
    }

    /** Whether this call is served before the other: higher priority first, then first come. */
    boolean isAheadOf(WaitingCall other) {
        return priority != other.priority ? priority > other.priority : order < other.order;
    }

    QueuedCall snapshot() {
        return new QueuedCall(contact, queue, priority, order, arrivedAt, status, agents,
                Optional.ofNullable(callbackNumber), eligibleFrom);
    }
}
