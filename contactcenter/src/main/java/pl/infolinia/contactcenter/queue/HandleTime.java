package pl.infolinia.contactcenter.queue;

import java.time.Duration;

/**
 * A queue's average handle time (talk plus wrap-up), seeded by configuration and then learnt.
 *
 * <p>An exponential moving average: recent calls count most, so the estimate follows the day's
 * mix of questions without keeping a history.
 */
final class HandleTime {

    private static final double WEIGHT_OF_NEWEST = 0.2;

    private double seconds;

    HandleTime(Duration seed) {
        this.seconds = seed.toSeconds();
    }

    void record(Duration handled) {
        seconds = (1 - WEIGHT_OF_NEWEST) * seconds + WEIGHT_OF_NEWEST * handled.toSeconds();
    }

    Duration average() {
        return Duration.ofSeconds(Math.round(seconds));
    }
}
