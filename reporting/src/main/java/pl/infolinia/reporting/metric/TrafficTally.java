package pl.infolinia.reporting.metric;

import java.time.Duration;
import java.util.List;

/** Adds up one group's contacts in one interval into {@link TrafficFigures}. */
final class TrafficTally {

    private final FigureSettings settings;
    private int offered;
    private int answered;
    private int abandoned;
    private int shortAbandoned;
    private int overflowed;
    private int answeredInTarget;
    private long waitOfAnswered;
    private long longestWait;
    private int handled;
    private long talk;
    private long hold;
    private long wrapUp;
    private int callbacksRequested;
    private int callbacksCompleted;

    TrafficTally(FigureSettings settings) {
        this.settings = settings;
    }

    /** One contact's visits to the group's queues, in order: one offered call. */
    void add(List<QueueVisit> visits) {
        offered++;
        QueueVisit first = visits.getFirst();
        QueueVisit answer = visits.stream().filter(QueueVisit::isAnswered).findFirst().orElse(null);
        QueueVisit last = visits.getLast();
        if (answer != null) {
            long wait = Duration.between(first.queuedAt, answer.answeredAt).toMillis();
            answered++;
            waitOfAnswered += wait;
            longestWait = Math.max(longestWait, wait);
            if (wait <= settings.target(answer.queue).toMillis()) {
                answeredInTarget++;
            }
        } else if (last.isAbandoned()) {
            long wait = Duration.between(first.queuedAt, last.abandonedAt).toMillis();
            longestWait = Math.max(longestWait, wait);
            if (wait < settings.shortAbandon().toMillis()) {
                shortAbandoned++;
            } else {
                abandoned++;
            }
        } else if (last.isOverflowed()) {
            overflowed++;
            longestWait = Math.max(longestWait, Duration.between(first.queuedAt, last.overflowedAt).toMillis());
        }
        for (QueueVisit visit : visits) {
            addWork(visit);
            if (visit.isCallback()) {
                callbacksRequested++;
                if (visit.callbackCompleted) {
                    callbacksCompleted++;
                }
            }
        }
    }

    private void addWork(QueueVisit visit) {
        if (visit.answeredAt != null && visit.talkEndedAt != null) {
            handled++;
            talk += visit.talkMillis();
            hold += visit.holdMillis;
            wrapUp += visit.wrapUpMillis();
        }
    }

    TrafficFigures figures() {
        return new TrafficFigures(offered, answered, abandoned, shortAbandoned, overflowed, answeredInTarget,
                Duration.ofMillis(waitOfAnswered), Duration.ofMillis(longestWait), handled, Duration.ofMillis(talk),
                Duration.ofMillis(hold), Duration.ofMillis(wrapUp), callbacksRequested, callbacksCompleted);
    }
}
