package pl.infolinia.telephony.media;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one clock that paces the media of every call in 20 ms ticks.
 *
 * <p>A single platform thread waits for absolute deadlines (start + n × 20 ms), so lateness in
 * one tick does not drift into the next, and runs all {@link MediaTask}s in two phases. Missed
 * ticks are run back to back, up to a second's worth, so recordings keep the call's length.
 * No call owns a thread of its own for pacing. A task that throws is logged and removed, so one broken
 * call cannot stop the media of the others.
 */
public final class MediaClock implements AutoCloseable {

    /** The packetisation interval: 160 samples at 8 kHz. */
    public static final Duration TICK = Duration.ofMillis(20);
    public static final int SAMPLES_PER_TICK = 160;

    private static final Logger log = LoggerFactory.getLogger(MediaClock.class);
    private static final int MAX_CATCH_UP_TICKS = 50;

    private final List<MediaTask> tasks = new CopyOnWriteArrayList<>();
    private final TickIntervals intervals = new TickIntervals();
    private volatile Thread thread;
    private volatile boolean running;
    private long tick;

    public void add(MediaTask task) {
        tasks.add(task);
    }

    public void remove(MediaTask task) {
        tasks.remove(task);
    }

    public int taskCount() {
        return tasks.size();
    }

    /** The measured intervals between ticks, for benchmarks and health checks. */
    public TickIntervals intervals() {
        return intervals;
    }

    /** Starts the clock thread; idempotent. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("media-clock").daemon(true)
                .priority(Thread.MAX_PRIORITY).start(this::run);
    }

    private void run() {
        long period = TICK.toNanos();
        long next = System.nanoTime() + period;
        while (running) {
            long wait;
            while ((wait = next - System.nanoTime()) > 0 && running) {
                LockSupport.parkNanos(wait);
            }
            intervals.record(System.nanoTime());
            runTick();
            next += period;
            if (System.nanoTime() - next > MAX_CATCH_UP_TICKS * period) {
                // after a stall of over a second (suspended VM) skip the missed ticks; shorter
                // stalls are caught up, so that recordings keep the length of the call
                next = System.nanoTime() + period;
            }
        }
    }

    /** Runs one tick now: every task hears, then every task speaks. */
    void runTick() {
        long current = tick++;
        for (MediaTask task : tasks) {
            run(task, current, true);
        }
        for (MediaTask task : tasks) {
            run(task, current, false);
        }
    }

    private void run(MediaTask task, long current, boolean hearing) {
        try {
            if (hearing) {
                task.hear(current);
            } else {
                task.speak(current);
            }
        } catch (RuntimeException e) {
            log.warn("Media task {} failed and was removed from the clock", task, e);
            tasks.remove(task);
        }
    }

    @Override
    public void close() {
        Thread current;
        synchronized (this) {
            running = false;
            current = thread;
        }
        if (current != null) {
            LockSupport.unpark(current);
            try {
                current.join(TICK.toMillis() * 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
