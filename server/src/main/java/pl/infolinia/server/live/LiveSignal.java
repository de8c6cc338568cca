package pl.infolinia.server.live;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import pl.infolinia.contactcenter.contact.ContactEvent;

/**
 * One page's live connection: an event stream that says "changed" soon after an event the page
 * cares about is stored, at most every {@link #COALESCE} (a burst of events is one signal), and a
 * comment every {@link #KEEP_ALIVE} to notice a page that has gone. The page then fetches what it
 * shows again; no contact data travels in the stream itself.
 */
public final class LiveSignal {

    static final Duration COALESCE = Duration.ofMillis(250);
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    /** The browser's EventSource reconnects by itself when the stream ends. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final String name;
    private final Predicate<ContactEvent> cares;
    private final SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
    private final Semaphore changed = new Semaphore(0);
    private volatile boolean open = true;

    private LiveSignal(String name, Predicate<ContactEvent> cares) {
        this.name = name;
        this.cares = cares;
    }

    /**
     * Opens a stream of "changed" signals (data: {@code name}) for the events {@code cares} accepts;
     * it sends one signal at once so that the page catches up with anything it missed.
     */
    public static SseEmitter open(LiveFeed feed, String name, Predicate<ContactEvent> cares) {
        LiveSignal signal = new LiveSignal(name, cares);
        AutoCloseable watching = feed.watch(signal::noticed);
        signal.emitter.onCompletion(signal::close);
        signal.emitter.onTimeout(signal::close);
        signal.emitter.onError(failure -> signal.close());
        signal.changed.release();
        Thread.ofVirtual().name("live-" + name).start(() -> {
            try {
                signal.sendUntilClosed();
            } finally {
                try {
                    watching.close();
                } catch (Exception e) {
                    // removing a watcher cannot fail
                }
            }
        });
        return signal.emitter;
    }

    private void noticed(ContactEvent event) {
        if (open && cares.test(event)) {
            changed.release();
        }
    }

    private void sendUntilClosed() {
        try {
            while (open) {
                if (changed.tryAcquire(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS)) {
                    Thread.sleep(COALESCE);
                    changed.drainPermits();
                    emitter.send(SseEmitter.event().name("changed").data(name));
                } else {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                }
            }
        } catch (IOException | IllegalStateException e) {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    private void close() {
        open = false;
        changed.release();
    }
}
