package pl.infolinia.contactcenter.queue;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * A caller's place in line and a rough estimate of the wait, for the announcements.
 *
 * <p>The estimate is the place times the queue's average handle time, shared among the agents
 * of the queue who are logged in (on a break too: they come back). It is deliberately simple;
 * callers hear it rounded to minutes as "około N minut".
 */
final class WaitEstimate {

    private final Floor floor;

    WaitEstimate(Floor floor) {
        this.floor = floor;
    }

    OptionalInt position(ContactId contact) {
        WaitingCall call = floor.calls.get(contact);
        if (call == null || call.status == CallStatus.CONNECTED) {
            return OptionalInt.empty();
        }
        long ahead = floor.calls.values().stream()
                .filter(c -> c.queue.equals(call.queue) && c.status != CallStatus.CONNECTED && c.isAheadOf(call))
                .count();
        return OptionalInt.of((int) ahead + 1);
    }

    Optional<Duration> estimatedWait(ContactId contact) {
        OptionalInt position = position(contact);
        if (position.isEmpty()) {
            return Optional.empty();
        }
        Queue queue = floor.queue(floor.calls.get(contact).queue);
        long staffed = floor.seats.values().stream()
                .filter(s -> s.presence != AgentPresence.LOGGED_OUT && s.serves(queue))
                .count();
        Duration average = floor.handleTimes.get(queue.code()).average();
        return Optional.of(average.multipliedBy(position.getAsInt()).dividedBy(Math.max(1, staffed)));
    }
}
