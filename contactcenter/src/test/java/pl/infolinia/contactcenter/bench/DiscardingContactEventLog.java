package pl.infolinia.contactcenter.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactQuery;

/**
 * A {@link ContactEventLog} that keeps nothing and only counts what it was given.
 *
 * <p>A benchmark appends millions of events; a log that kept them would grow the heap, and the
 * garbage collector's work with it, until the numbers measured the log instead of routing. The
 * production log's own cost (a JDBC commit) is not part of a routing decision's figure either.
 */
final class DiscardingContactEventLog implements ContactEventLog {

    private final AtomicLong appended = new AtomicLong();

    @Override
    public void append(ContactEvent event) {
        appended.incrementAndGet();
    }

    /** How many events were appended since the log was made. */
    long appended() {
        return appended.get();
    }

    @Override
    public List<ContactEvent> read(ContactId contact) {
        return List.of();
    }

    @Override
    public List<ContactEvent> events(ContactQuery query) {
        return List.of();
    }

    @Override
    public List<ContactId> contacts(ContactQuery query) {
        return List.of();
    }
}
