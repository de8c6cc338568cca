package pl.infolinia.contactcenter.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * Offers waiting calls to free agents, best-placed call first.
 *
 * <p>Calls are taken in order of priority, then arrival, across queues; each gets the agents its
 * queue's strategy picks among the free ones who hold the queue's skill. A call whose queue has no
 * free agent does not block calls of other queues, but within one queue no later call of equal or
 * lower priority can be offered while an earlier one waits: they compete for the same agents.
 *
 * <p>After each decision no offerable call has a free agent of its queue. So only the queues an
 * operation has marked changed (an agent of theirs freed, a call of theirs back in line or new,
 * a held-back call due) can offer anything; of those, the queue with the best-placed offerable
 * call goes next, exactly as if every call held were taken in order.
 */
final class Dispatcher {

    private final Floor floor;
    private final HeldBackCalls heldBack = new HeldBackCalls();
    /** The next offerable call of each queue that still has free agents. */
    private final PriorityQueue<WaitingCall> nextOfEachQueue = new PriorityQueue<>(QueueLine.ORDER);

    Dispatcher(Floor floor) {
        this.floor = floor;
    }

    void offerWaitingCalls(List<AcdCommand> out) {
        Instant now = floor.now();
        heldBack.release(now, call -> {
            if (floor.calls.get(call.contact) == call) {
                floor.mayOffer(floor.live(call.queue));
            }
        });
        nextOfEachQueue.clear();
        for (LiveQueue queue : floor.changedQueues()) {
            lineUpNext(queue, null, now);
        }
        while (!nextOfEachQueue.isEmpty()) {
            WaitingCall call = nextOfEachQueue.poll();
            LiveQueue queue = floor.live(call.queue);
            if (offer(call, queue, out)) {
                lineUpNext(queue, call, now);
            }
        }
        floor.forgetChanges();
    }

    /** Puts the queue's first offerable call after {@code after} in line, if the queue has free agents. */
    private void lineUpNext(LiveQueue queue, WaitingCall after, Instant now) {
        if (queue.freeAgents.isEmpty()) {
            return;
        }
        for (WaitingCall call = queue.line.after(after); call != null; call = queue.line.after(call)) {
            if (call.isOfferable(now)) {
                nextOfEachQueue.add(call);
                return;
            }
            if (call.status == CallStatus.WAITING) {
                // not eligible yet: remembered, so that its queue is looked at again when it is
                heldBack.remember(call);
            }
        }
    }

    /** Rings the agents the queue's strategy picks; false if another queue's calls took them all. */
    private boolean offer(WaitingCall call, LiveQueue queue, List<AcdCommand> out) {
        List<AgentId> picked = queue.freeAgents.pick(Optional.ofNullable(queue.lastPicked));
        if (picked.isEmpty()) {
            return false;
        }
        for (AgentId agent : picked) {
            floor.ring(call, floor.seat(agent), out);
        }
        queue.lastPicked = picked.getLast();
        return true;
    }
}
