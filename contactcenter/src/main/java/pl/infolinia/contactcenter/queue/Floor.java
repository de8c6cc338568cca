package pl.infolinia.contactcenter.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.contact.AgentStateChanged;
import pl.infolinia.contactcenter.contact.CallNotAnswered;
import pl.infolinia.contactcenter.contact.CallOffered;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.WrapUpDone;

/**
 * The ACD's state, queues, agents and calls, with the transitions every operation shares.
 *
 * <p>Each transition appends its event before it changes state, so that the store never lags
 * behind what the ACD has done. Not thread-safe: {@link Acd} holds the lock.
 */
final class Floor {

    /** The break reason of an agent who let an offered call ring out. */
    static final String NO_ANSWER = "brak odpowiedzi";

    final Clock clock;
    final ContactEventLog log;
    final Map<QueueCode, Queue> queues = new LinkedHashMap<>();
    final Map<AgentId, Seat> seats = new TreeMap<>();
    final Map<ContactId, WaitingCall> calls = new LinkedHashMap<>();
    final Map<QueueCode, AgentId> lastPicked = new HashMap<>();
    final Map<QueueCode, HandleTime> handleTimes = new HashMap<>();
    private long nextOrder;

    Floor(Clock clock, ContactEventLog log, List<Queue> queueList, List<Agent> agents) {
        this.clock = clock;
        this.log = log;
        Instant now = clock.instant();
        queueList.forEach(q -> {
            queues.put(q.code(), q);
            handleTimes.put(q.code(), new HandleTime(q.handleTime()));
        });
        agents.forEach(a -> seats.put(a.id(), new Seat(a, now)));
    }

    Instant now() {
        return clock.instant();
    }

    long nextOrder() {
        return nextOrder++;
    }

    Queue queue(QueueCode code) {
        Queue queue = queues.get(code);
        if (queue == null) {
            throw new NoSuchQueue("no queue " + code);
        }
        return queue;
    }

    Seat seat(AgentId id) {
        Seat seat = seats.get(id);
        if (seat == null) {
            throw new NoSuchAgent("no agent " + id);
        }
        return seat;
    }

    WaitingCall call(ContactId contact) {
        WaitingCall call = calls.get(contact);
        if (call == null) {
            throw new NoSuchCall("the ACD holds no call of contact " + contact);
        }
        return call;
    }

    /** Sets an agent's state, storing the change if there is one. */
    void change(Seat seat, AgentPresence presence, AgentActivity activity, String reason) {
        String breakReason = presence == AgentPresence.ON_BREAK ? reason : "";
        if (seat.presence == presence && seat.activity == activity && seat.breakReason.equals(breakReason)) {
            return;
        }
        log.append(new AgentStateChanged(seat.agent.id(), now(), presence, activity, breakReason));
        seat.presence = presence;
        seat.activity = activity;
        seat.breakReason = breakReason;
    }

    void changeActivity(Seat seat, AgentActivity activity) {
        change(seat, seat.presence, activity, seat.breakReason);
    }

    /** Offers the call to one more agent and rings their phone. */
    void ring(WaitingCall call, Seat seat, List<AcdCommand> out) {
        log.append(new CallOffered(call.contact, now(), call.queue, seat.agent.id()));
        seat.call = call.contact;
        changeActivity(seat, AgentActivity.RINGING);
        call.agents.add(seat.agent.id());
        call.status = CallStatus.RINGING;
        call.ringDeadline = now().plus(queue(call.queue).ringTimeout());
        out.add(new AcdCommand.RingAgent(call.contact, seat.agent.id(), call.queue));
    }

    /**
     * Stops ringing one agent without the call being answered; the call goes back to its place
     * in line once nobody rings for it. {@code missed} records that the agent did not take it.
     */
    void stopRinging(WaitingCall call, Seat seat, boolean missed, List<AcdCommand> out) {
        if (missed) {
            log.append(new CallNotAnswered(call.contact, now(), call.queue, seat.agent.id()));
        }
        call.agents.remove(seat.agent.id());
        seat.call = null;
        // idleSince stays: an offer that was not taken does not make the agent less idle
        changeActivity(seat, AgentActivity.IDLE);
        if (call.agents.isEmpty()) {
            call.status = CallStatus.WAITING;
            call.ringDeadline = null;
        }
        out.add(new AcdCommand.StopRinging(call.contact, seat.agent.id()));
    }

    /** Frees an agent after a call: wrap-up for the queue's time, or idle at once if it has none. */
    void startWrapUp(Seat seat, Duration wrapUp) {
        seat.wrapUpUntil = now().plus(wrapUp);
        changeActivity(seat, AgentActivity.WRAP_UP);
        if (wrapUp.isZero()) {
            endWrapUp(seat);
        }
    }

    void endWrapUp(Seat seat) {
        log.append(new WrapUpDone(seat.call, now(), seat.agent.id()));
        seat.call = null;
        seat.wrapUpUntil = null;
        seat.idleSince = now();
        changeActivity(seat, AgentActivity.IDLE);
    }
}
