package pl.infolinia.contactcenter.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.routing.AgentPicker;
import pl.infolinia.contactcenter.routing.Candidate;

/**
 * Offers waiting calls to free agents, best-placed call first.
 *
 * <p>Calls are taken in order of priority, then arrival; each gets the agents its queue's
 * strategy picks among the free ones who hold the queue's skill. A call whose queue has no free
 * agent does not block calls of other queues, but within one queue no later call of equal or
 * lower priority can be offered while an earlier one waits: they compete for the same agents.
 */
final class Dispatcher {

    private static final Comparator<WaitingCall> LINE_ORDER =
            Comparator.comparingInt((WaitingCall c) -> -c.priority).thenComparingLong(c -> c.order);

    private final Floor floor;

    Dispatcher(Floor floor) {
        this.floor = floor;
    }

    void offerWaitingCalls(List<AcdCommand> out) {
        Instant now = floor.now();
        List<WaitingCall> line = floor.calls.values().stream()
                .filter(c -> c.isOfferable(now))
                .sorted(LINE_ORDER)
                .toList();
        for (WaitingCall call : line) {
            Queue queue = floor.queue(call.queue);
            List<Candidate> candidates = floor.seats.values().stream()
                    .filter(s -> s.canTakeCall() && s.serves(queue))
                    .map(s -> new Candidate(s.agent.id(), s.agent.level(queue.skill()), s.idleSince))
                    .toList();
            List<AgentId> picked = AgentPicker.pick(queue.strategy(), candidates,
                    Optional.ofNullable(floor.lastPicked.get(queue.code())));
            for (AgentId agent : picked) {
                floor.ring(call, floor.seat(agent), out);
            }
            if (!picked.isEmpty()) {
                floor.lastPicked.put(queue.code(), picked.getLast());
            }
        }
    }
}
