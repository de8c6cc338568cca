package pl.infolinia.contactcenter.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import pl.infolinia.contactcenter.announcement.Announcement;
import pl.infolinia.contactcenter.announcement.QueueAnnouncements;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * What a waiting caller hears between stretches of music, and when: their place and the
 * estimated wait, first after {@code first} and then every {@code every}.
 *
 * <p>The call script asks {@link #nextAt} how long to play music, then {@link #now} what to say.
 */
public final class WaitingAnnouncements {

    private final Acd acd;
    private final Duration first;
    private final Duration every;

    public WaitingAnnouncements(Acd acd, Duration first, Duration every) {
        this.acd = Objects.requireNonNull(acd, "acd");
        if (first.isNegative() || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("announcement times must be positive: " + first + ", " + every);
        }
        this.first = first;
        this.every = every;
    }

    /** When the announcement after {@code alreadyMade} ones is due, for a call queued at {@code queuedAt}. */
    public Instant nextAt(Instant queuedAt, int alreadyMade) {
        return queuedAt.plus(first).plus(every.multipliedBy(alreadyMade));
    }

    /**
     * "jesteś trzeci w kolejce", then "około 4 minut"; empty once the call is offered to an agent,
     * connected or gone, when there is nothing useful left to say.
     */
    public List<Announcement> now(ContactId contact) {
        boolean waiting = acd.call(contact).map(c -> c.status() == CallStatus.WAITING).orElse(false);
        OptionalInt position = acd.position(contact);
        if (!waiting || position.isEmpty()) {
            return List.of();
        }
        return List.of(QueueAnnouncements.position(position.getAsInt()),
                QueueAnnouncements.estimatedWait(acd.estimatedWait(contact).orElse(Duration.ZERO)));
    }
}
