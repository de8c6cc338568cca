package pl.infolinia.telephony.media;

import java.util.Arrays;

/**
 * The last few thousand intervals between media clock ticks, for a p99 of pacing deviation.
 *
 * <p>Written only by the clock thread; readers get a copy that may lag by a tick.
 */
public final class TickIntervals {

    private static final int CAPACITY = 4096;

    private final long[] nanos = new long[CAPACITY];
    private long previous = -1;
    private int count;

    synchronized void record(long now) {
        if (previous >= 0) {
            nanos[count % CAPACITY] = now - previous;
            count++;
        }
        previous = now;
    }

    /** How many intervals are held (at most the capacity). */
    public synchronized int size() {
        return Math.min(count, CAPACITY);
    }

    /**
     * The given percentile (0-100) of |interval − 20 ms| in microseconds over the intervals held.
     */
    public synchronized long deviationPercentileMicros(double percentile) {
        int size = size();
        if (size == 0) {
            return 0;
        }
        long period = MediaClock.TICK.toNanos();
        long[] deviations = new long[size];
        for (int i = 0; i < size; i++) {
            deviations[i] = Math.abs(nanos[i] - period) / 1000;
        }
        Arrays.sort(deviations);
        int index = (int) Math.ceil(percentile / 100.0 * size) - 1;
        return deviations[Math.max(0, Math.min(size - 1, index))];
    }
}
