package pl.infolinia.telephony.sip;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The keys a caller pressed, waiting to be read by the call script, and the moment the
 * channel went down, which wakes every waiting reader.
 */
final class KeyPresses {

    // wakes a reader blocked in next() when the channel goes down
    private static final char HUNG_UP = '\0';

    private final BlockingQueue<Character> keys = new LinkedBlockingQueue<>();
    private final CountDownLatch down = new CountDownLatch(1);

    void pressed(char key) {
        keys.add(key);
    }

    void hungUp() {
        keys.add(HUNG_UP);
        down.countDown();
    }

    /** The next key, waiting up to {@code timeout}; empty on timeout, hang-up or interrupt. */
    Optional<Character> next(Duration timeout) {
        try {
            Character key = keys.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (key == null) {
                return Optional.empty();
            }
            if (key == HUNG_UP) {
                keys.add(HUNG_UP); // keep waking later readers
                return Optional.empty();
            }
            return Optional.of(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    boolean awaitHungUp(Duration timeout) {
        try {
            return down.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
