package pl.infolinia.contactcenter.queue;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
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
        return OptionalInt.of(floor.live(call.queue).line.placeOf(call));
    }

    Optional<Duration> estimatedWait(ContactId contact) {
        OptionalInt position = position(contact);
        if (position.isEmpty()) {
            return Optional.empty();
        }
        LiveQueue queue = floor.live(floor.calls.get(contact).queue);
        int staffed = queue.staffed();
        Duration average = queue.handleTime.average();
        return Optional.of(average.multipliedBy(position.getAsInt()).dividedBy(Math.max(1, staffed)));
    }
}
