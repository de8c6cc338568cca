package pl.infolinia.server.supervisor;

import java.time.Duration;

/**
 * An office's wallboard thresholds: when the number of waiting calls and the longest wait turn
 * amber and red (at or above), and when the service level today does (at or below, in percent).
 */
public record Thresholds(int waitingAmber, int waitingRed, int longestWaitAmberSeconds, int longestWaitRedSeconds,
        int serviceLevelAmber, int serviceLevelRed) {

    /** Until an office sets its own: 3 and 6 waiting, 30 s and 60 s, 80 % and 60 %. */
    public static final Thresholds DEFAULT = new Thresholds(3, 6, 30, 60, 80, 60);

    static final int MAX_WAITING = 1000;
    static final int MAX_WAIT_SECONDS = 3600;

    /**
     * @throws IllegalArgumentException naming the field, when a value is out of range or amber is
     *                                  not before red
     */
    public Thresholds {
        check(waitingAmber >= 1 && waitingAmber < waitingRed && waitingRed <= MAX_WAITING, "waiting",
                "waiting calls: amber from 1, red above amber, at most " + MAX_WAITING);
        check(longestWaitAmberSeconds >= 1 && longestWaitAmberSeconds < longestWaitRedSeconds
                && longestWaitRedSeconds <= MAX_WAIT_SECONDS, "longestWait",
                "longest wait: amber from 1 s, red above amber, at most " + MAX_WAIT_SECONDS + " s");
        check(serviceLevelRed >= 0 && serviceLevelRed < serviceLevelAmber && serviceLevelAmber <= 100, "serviceLevel",
                "service level: red from 0 %, amber above red, at most 100 %");
    }

    private static void check(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidThresholds(field, message);
        }
    }

    Level waiting(int calls) {
        return Level.rising(calls, waitingAmber, waitingRed);
    }

    Level longestWait(Duration wait) {
        return Level.rising(wait.toSeconds(), longestWaitAmberSeconds, longestWaitRedSeconds);
    }

    /** Service level in percent; empty (no calls offered yet) is normal. */
    Level serviceLevel(java.util.OptionalInt percent) {
        return percent.isPresent() ? Level.falling(percent.getAsInt(), serviceLevelAmber, serviceLevelRed)
                : Level.NORMAL;
    }

    /** A threshold pair that does not hold together, with the field it concerns. */
    public static final class InvalidThresholds extends IllegalArgumentException {

        private final String field;

        InvalidThresholds(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
