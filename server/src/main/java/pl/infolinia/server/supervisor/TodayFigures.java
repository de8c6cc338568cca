package pl.infolinia.server.supervisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.contact.CallAbandoned;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallOverflowed;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.server.live.LiveFeed;

/**
 * Each queue's calls today (in Warsaw): answered, abandoned, and the service level, the share of
 * calls that left the queue (answered, abandoned or overflowed) answered within
 * {@link #ANSWERED_WITHIN}.
 *
 * <p>The day's outcomes are read from the event store once (at the first look of the day) and
 * then kept up from the live feed, so that a wallboard refresh costs no query. A small stand-in
 * for the reporting module's figures, which the wallboard should read once that module exists.
 */
@Component
@ConditionalOnWebApplication // only the wallboard, a web page, uses it
class TodayFigures {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final Duration ANSWERED_WITHIN = Duration.ofSeconds(20);
    /** More events than any day of the hotline has; the day is read in one query. */
    private static final int DAY_LIMIT = 5_000_000;

    /** How a call left a queue. */
    private enum Kind { ANSWERED, ABANDONED, OVERFLOWED }

    /** One call leaving a queue; equal whether seen live or read back from the store. */
    private record Outcome(String contact, Instant at, QueueCode queue, Kind kind, boolean inTime) {
    }

    private record Day(LocalDate date, Set<Outcome> outcomes) {
    }

    /** A queue's figures so far today. */
    record QueueDay(int answered, int abandoned, int offered, int answeredInTime) {

        /** Answered within {@link #ANSWERED_WITHIN} per call offered, in percent; empty before the first call. */
        OptionalInt serviceLevel() {
            return offered == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.floor(100.0 * answeredInTime / offered));
        }
    }

    private final ContactEventLog log;
    private final Clock clock;
    private volatile Day day = new Day(LocalDate.MIN, Set.of());

    TodayFigures(LiveFeed feed, ContactEventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        feed.watch(this::noticed);
    }

    QueueDay of(QueueCode queue) {
        int answered = 0;
        int abandoned = 0;
        int offered = 0;
        int inTime = 0;
        for (Outcome outcome : today().outcomes()) {
            if (outcome.queue().equals(queue)) {
                offered++;
                switch (outcome.kind()) {
                    case ANSWERED -> answered++;
                    case ABANDONED -> abandoned++;
                    case OVERFLOWED -> {
                        // left the queue unanswered: offered, not answered in time
                    }
                }
                inTime += outcome.inTime() ? 1 : 0;
            }
        }
        return new QueueDay(answered, abandoned, offered, inTime);
    }

    private Day today() {
        LocalDate date = LocalDate.now(clock.withZone(WARSAW));
        Day current = day;
        if (current.date().equals(date)) {
            return current;
        }
        synchronized (this) {
            if (!day.date().equals(date)) {
                Day fresh = new Day(date, ConcurrentHashMap.newKeySet());
                day = fresh; // live events of the new day go in from now on; the store fills in the rest
                Instant start = date.atStartOfDay(WARSAW).toInstant();
                Instant end = date.plusDays(1).atStartOfDay(WARSAW).toInstant();
                log.events(ContactQuery.all().between(start, end).limit(DAY_LIMIT))
                        .forEach(event -> outcome(event).ifPresent(fresh.outcomes()::add));
            }
            return day;
        }
    }

    private void noticed(ContactEvent event) {
        Day current = day;
        if (LocalDate.ofInstant(event.at(), WARSAW).equals(current.date())) {
            outcome(event).ifPresent(current.outcomes()::add);
        }
    }

    private static Optional<Outcome> outcome(ContactEvent event) {
        String contact = event.contact().map(Object::toString).orElse("");
        Instant at = event.at().truncatedTo(ChronoUnit.MILLIS);
        return switch (event) {
            case CallAnswered answered -> Optional.of(new Outcome(contact, at, answered.queueCode(), Kind.ANSWERED,
                    answered.waited().compareTo(ANSWERED_WITHIN) <= 0));
            case CallAbandoned abandoned -> Optional.of(new Outcome(contact, at, abandoned.queueCode(), Kind.ABANDONED,
                    false));
            case CallOverflowed overflowed -> Optional.of(new Outcome(contact, at, overflowed.queueCode(),
                    Kind.OVERFLOWED, false));
            default -> Optional.empty();
        };
    }
}
