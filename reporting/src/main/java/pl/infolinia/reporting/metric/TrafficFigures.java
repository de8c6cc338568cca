package pl.infolinia.reporting.metric;

import java.time.Duration;
import java.util.Optional;

/**
 * A group's calls in one interval.
 *
 * <ul>
 *   <li>offered: contacts that waited in the group's queues (once per group);
 *   <li>answered, abandoned (waited at least the short-abandon threshold), shortAbandoned,
 *       overflowed (sent on after the queue's maximum wait); callbacks are counted apart;
 *   <li>service level: answered within the answering queue's target ÷ (answered + abandoned);
 *   <li>ASA: total wait of the answered ÷ answered; longest wait: of the answered, abandoned and overflowed;
 *   <li>AHT: (talk + hold + wrap-up) ÷ handled, where handled counts each consultant's part,
 *       callbacks included.
 * </ul>
 */
public record TrafficFigures(int offered, int answered, int abandoned, int shortAbandoned, int overflowed,
        int answeredInTarget, Duration waitOfAnswered, Duration longestWait, int handled, Duration talk, Duration hold,
        Duration wrapUp, int callbacksRequested, int callbacksCompleted) {

    /** Answered within target as a share of answered and abandoned, 0..1; empty with neither. */
    public Optional<Double> serviceLevel() {
        int base = answered + abandoned;
        return base == 0 ? Optional.empty() : Optional.of((double) answeredInTarget / base);
    }

    /** Answered as a share of answered and abandoned, 0..1; empty with neither. */
    public Optional<Double> answeredShare() {
        int base = answered + abandoned;
        return base == 0 ? Optional.empty() : Optional.of((double) answered / base);
    }

    public Optional<Duration> averageSpeedOfAnswer() {
        return answered == 0 ? Optional.empty() : Optional.of(waitOfAnswered.dividedBy(answered));
    }

    public Optional<Duration> averageHandleTime() {
        return handled == 0 ? Optional.empty() : Optional.of(talk.plus(hold).plus(wrapUp).dividedBy(handled));
    }
}
