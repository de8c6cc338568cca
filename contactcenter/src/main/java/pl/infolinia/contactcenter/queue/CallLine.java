package pl.infolinia.contactcenter.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallAbandoned;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.CallOverflowed;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.CallbackAttempted;
import pl.infolinia.contactcenter.contact.CallbackScheduled;
import pl.infolinia.contactcenter.contact.ContactId;

/** The call side of the ACD: joining, answering, callbacks, hang-up and overflow. */
final class CallLine {

    private final Floor floor;

    CallLine(Floor floor) {
        this.floor = floor;
    }

    void enqueue(ContactId contact, Queue queue, int priority) {
        if (floor.calls.containsKey(contact)) {
            throw new InvalidCallState("contact " + contact + " is already in queue " + floor.calls.get(contact).queue);
        }
        floor.log.append(new CallQueued(contact, floor.now(), queue.code(), queue.office(), priority));
        floor.join(new WaitingCall(contact, queue.code(), priority, floor.nextOrder(), floor.now()));
    }

    void answer(WaitingCall call, Seat seat, List<AcdCommand> out) {
        AgentId agent = seat.agent.id();
        if (call.status != CallStatus.RINGING || !call.agents.contains(agent)) {
            throw new InvalidCallState("call " + call.contact + " is not ringing at " + agent);
        }
        floor.log.append(new CallAnswered(call.contact, floor.now(), call.queue, agent,
                Duration.between(call.arrivedAt, floor.now())));
        for (AgentId other : List.copyOf(call.agents)) {
            if (!other.equals(agent)) {
                floor.stopRinging(call, floor.seat(other), false, out);
            }
        }
        floor.changeStatus(call, CallStatus.CONNECTED);
        call.connectedAt = floor.now();
        call.ringDeadline = null;
        floor.changeActivity(seat, AgentActivity.ON_CALL);
        if (call.isCallback()) {
            out.add(new AcdCommand.DialCallback(call.contact, agent, call.callbackNumber));
        }
    }

    void requestCallback(WaitingCall call, String number, List<AcdCommand> out) {
        if (call.status == CallStatus.CONNECTED) {
            throw new InvalidCallState("call " + call.contact + " is already connected");
        }
        floor.log.append(new CallbackScheduled(call.contact, floor.now(), call.queue, number));
        for (AgentId agent : List.copyOf(call.agents)) {
            floor.stopRinging(call, floor.seat(agent), false, out);
        }
        call.callbackNumber = number;
    }

    void callbackAttempted(WaitingCall call, String outcome, Optional<Duration> retryAfter, List<AcdCommand> out) {
        if (!call.isCallback() || call.status != CallStatus.CONNECTED) {
            throw new InvalidCallState("call " + call.contact + " is not a callback being dialled");
        }
        Seat seat = floor.seat(call.agents.iterator().next());
        call.callbackAttempts++;
        floor.log.append(new CallbackAttempted(call.contact, floor.now(), seat.agent.id(), call.callbackAttempts, outcome));
        if (outcome.equals("CONNECTED")) {
            return;
        }
        seat.call = null;
        seat.idleSince = floor.now();
        floor.changeActivity(seat, AgentActivity.IDLE);
        call.agents.clear();
        if (retryAfter.isPresent()) {
            call.eligibleFrom = floor.now().plus(retryAfter.get());
            floor.changeStatus(call, CallStatus.WAITING);
        } else {
            floor.log.append(new CallEnded(call.contact, floor.now(), CallEndReason.FAILED));
            floor.leave(call);
        }
    }

    /**
     * The consultant sends their connected call to another queue: their part ends (wrap-up, handle
     * time) without ending the contact, and the call joins the queue one priority above its own,
     * so that a citizen who has already waited once is served before new callers.
     */
    void transfer(WaitingCall call, Queue target) {
        if (call.status != CallStatus.CONNECTED) {
            throw new InvalidCallState("call " + call.contact + " is not connected, so cannot be transferred");
        }
        Instant now = floor.now();
        Queue from = floor.queue(call.queue);
        floor.live(from.code()).handleTime.record(Duration.between(call.connectedAt, now).plus(from.wrapUp()));
        Seat seat = floor.seat(call.agents.iterator().next());
        floor.leave(call);
        floor.startWrapUp(seat, from.wrapUp());
        int priority = call.priority + 1;
        floor.log.append(new CallQueued(call.contact, now, target.code(), target.office(), priority));
        floor.join(new WaitingCall(call.contact, target.code(), priority, floor.nextOrder(), now));
    }

    /**
     * The consultant hands their connected call to a colleague by name: their part ends as in a
     * queue transfer, and the call, queued again in its queue one priority up, rings the colleague
     * at once if they are free. If they are not, or do not answer, it is offered like any other.
     */
    void transferToAgent(WaitingCall call, Seat colleague, List<AcdCommand> out) {
        transfer(call, floor.queue(call.queue));
        WaitingCall requeued = floor.calls.get(call.contact);
        if (colleague.canTakeCall() && requeued.status == CallStatus.WAITING) {
            floor.ring(requeued, colleague, out);
        }
    }

    void hangUp(WaitingCall call, CallEndReason reason, List<AcdCommand> out) {
        Instant now = floor.now();
        if (call.status == CallStatus.CONNECTED) {
            floor.log.append(new CallEnded(call.contact, now, reason));
            Queue queue = floor.queue(call.queue);
            floor.live(queue.code()).handleTime.record(Duration.between(call.connectedAt, now).plus(queue.wrapUp()));
            floor.leave(call);
            floor.startWrapUp(floor.seat(call.agents.iterator().next()), queue.wrapUp());
            return;
        }
        floor.log.append(new CallAbandoned(call.contact, now, call.queue, Duration.between(call.arrivedAt, now)));
        floor.log.append(new CallEnded(call.contact, now, reason));
        for (AgentId agent : List.copyOf(call.agents)) {
            floor.stopRinging(call, floor.seat(agent), false, out);
        }
        floor.leave(call);
    }

    /** Calls that waited their queue's maximum leave for its overflow; callbacks have already chosen to wait. */
    void overflowLongWaits(List<AcdCommand> out) {
        Instant now = floor.now();
        List<WaitingCall> due = new ArrayList<>();
        for (LiveQueue queue : floor.queues.values()) {
            if (queue.queue.overflow().isPresent()) {
                Duration maxWait = queue.queue.overflow().get().after();
                for (WaitingCall call : queue.line.calls()) {
                    if (call.status == CallStatus.WAITING && !call.isCallback()
                            && Duration.between(call.queuedAt, now).compareTo(maxWait) >= 0) {
                        due.add(call);
                    }
                }
            }
        }
        // in order of arrival, as the events have always been stored
        due.sort(Comparator.comparingLong(c -> c.order));
        for (WaitingCall call : due) {
            overflow(call, now, out);
        }
    }

    private void overflow(WaitingCall call, Instant now, List<AcdCommand> out) {
        Queue queue = floor.queue(call.queue);
        OverflowTarget target = queue.overflow().get().target();
        floor.log.append(new CallOverflowed(call.contact, now, call.queue, target.describe(),
                Duration.between(call.arrivedAt, now)));
        if (target instanceof OverflowTarget.AnotherQueue(var next)) {
            Queue nextQueue = floor.queue(next);
            floor.log.append(new CallQueued(call.contact, now, next, nextQueue.office(), call.priority));
            // the call keeps its order of arrival, but the new queue's maximum wait starts now
            call.queuedAt = now;
            floor.move(call, next);
        } else {
            floor.leave(call);
            out.add(new AcdCommand.SendToOverflow(call.contact, queue.code(), target));
        }
    }
}
