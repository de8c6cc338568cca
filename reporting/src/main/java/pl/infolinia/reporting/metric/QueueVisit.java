package pl.infolinia.reporting.metric;

import java.time.Duration;
import java.time.Instant;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * One stay of a contact in one queue, from {@code CallQueued} to its end: answered (then the
 * consultant's talk, hold and wrap-up), abandoned, sent on by overflow, or turned into a callback.
 *
 * <p>Filled in by {@link ContactFolder} as the contact's events arrive; read by the tallies.
 */
final class QueueVisit {

    final QueueCode queue;
    final OfficeCode office;
    final Instant queuedAt;
    Instant answeredAt;
    AgentId agent;
    Instant abandonedAt;
    Instant overflowedAt;
    Instant callbackRequestedAt;
    boolean callbackCompleted;
    /** When the consultant's part ended: the call ended or went on to another queue. */
    Instant talkEndedAt;
    Instant holdStartedAt;
    long holdMillis;
    Instant wrapUpDoneAt;

    QueueVisit(QueueCode queue, OfficeCode office, Instant queuedAt) {
        this.queue = queue;
        this.office = office;
        this.queuedAt = queuedAt;
    }

    boolean isCallback() {
        return callbackRequestedAt != null;
    }

    /** Answered by a consultant while the citizen waited (a callback's answer is not). */
    boolean isAnswered() {
        return answeredAt != null && !isCallback();
    }

    boolean isAbandoned() {
        return abandonedAt != null && !isCallback();
    }

    boolean isOverflowed() {
        return overflowedAt != null;
    }

    boolean isOpen() {
        return talkEndedAt == null && abandonedAt == null && overflowedAt == null;
    }

    /** Time spent waiting before this visit's answer or abandonment, or null if it had neither. */
    Duration waitUntilEnd() {
        if (isAnswered()) {
            return Duration.between(queuedAt, answeredAt);
        }
        if (isAbandoned()) {
            return Duration.between(queuedAt, abandonedAt);
        }
        return null;
    }

    /** Talk plus hold: answer to the end of the consultant's part; zero while it goes on. */
    long connectedMillis() {
        return answeredAt == null || talkEndedAt == null ? 0 : Duration.between(answeredAt, talkEndedAt).toMillis();
    }

    long talkMillis() {
        return connectedMillis() - holdMillis;
    }

    long wrapUpMillis() {
        return talkEndedAt == null || wrapUpDoneAt == null ? 0 : Duration.between(talkEndedAt, wrapUpDoneAt).toMillis();
    }

    void endTalk(Instant at) {
        if (answeredAt != null && talkEndedAt == null) {
            resume(at);
            talkEndedAt = at;
        }
    }

    void hold(Instant at) {
        if (answeredAt != null && talkEndedAt == null && holdStartedAt == null) {
            holdStartedAt = at;
        }
    }

    void resume(Instant at) {
        if (holdStartedAt != null) {
            holdMillis += Duration.between(holdStartedAt, at).toMillis();
            holdStartedAt = null;
        }
    }
}
