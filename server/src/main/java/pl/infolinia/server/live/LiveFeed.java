package pl.infolinia.server.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.contact.ContactEvent;

/**
 * Contact events once they are stored, handed to whoever watches live (desks, wallboards).
 *
 * <p>The event store calls {@link #publish} after each commit on the appending thread, so watchers
 * must return at once: they note that something changed and do their work elsewhere.
 */
@Component
public class LiveFeed {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);

    private final List<Consumer<ContactEvent>> watchers = new CopyOnWriteArrayList<>();

    /** Starts handing events to {@code watcher}; closing the result stops it. */
    public AutoCloseable watch(Consumer<ContactEvent> watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    public void publish(ContactEvent event) {
        for (Consumer<ContactEvent> watcher : watchers) {
            try {
                watcher.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("a live watcher failed on {}", event.type(), e);
            }
        }
    }

    int watchers() {
        return watchers.size();
    }
}
