package pl.infolinia.contactcenter.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * behind what the ACD has done. Transitions keep the indexes routing and {@code tick} read in
 * step: each queue's line and free agents, the calls ringing and the agents in wrap-up, and which
 * queues may now offer a call. Not thread-safe: {@link Acd} holds the lock.
 */
final class Floor {

    /** The break reason of an agent who let an offered call ring out. */
    static final String NO_ANSWER = "brak odpowiedzi";

    final Clock clock;
    final ContactEventLog log;
    final Map<QueueCode, LiveQueue> queues = new LinkedHashMap<>();
    final Map<AgentId, Seat> seats = new TreeMap<>();
    /** In order of arrival, which is the order of {@link WaitingCall#order}. */
    final Map<ContactId, WaitingCall> calls = new LinkedHashMap<>();
    /** Calls RINGING, in order of arrival. */
    final NavigableSet<WaitingCall> ringing = new TreeSet<>(Comparator.comparingLong(c -> c.order));
    /** Agents in WRAP_UP, by id. */
    final NavigableSet<Seat> wrappingUp = new TreeSet<>(Comparator.comparing(s -> s.agent.id()));
    private final List<LiveQueue> changed = new ArrayList<>();
    private long nextOrder;

    Floor(Clock clock, ContactEventLog log, List<Queue> queueList, List<Agent> agents) {
        this.clock = clock;
        this.log = log;
        queueList.forEach(q -> queues.put(q.code(), new LiveQueue(q)));
        agents.forEach(this::addSeat);
    }

    /** A logged-out seat for a new agent; false, changing nothing, if the agent has one. */
    boolean addSeat(Agent agent) {
        if (seats.containsKey(agent.id())) {
            return false;
        }
        List<LiveQueue> served = queues.values().stream().filter(q -> q.isServedBy(agent)).toList();
        Seat seat = new Seat(agent, now(), served);
        seats.put(agent.id(), seat);
        served.forEach(q -> q.servers.add(seat));
        return true;
    }

    /**
     * A logged-out agent's seat made anew with the agent's current skills; false, changing
     * nothing, while the agent is logged in (their queues' pools hold the seat).
     */
    boolean replaceSeat(Agent agent) {
        Seat seat = seats.get(agent.id());
        if (seat == null) {
            return addSeat(agent);
        }
        if (seat.presence != AgentPresence.LOGGED_OUT || seat.call != null) {
            return false;
        }
        seat.queues.forEach(q -> q.servers.remove(seat));
        seats.remove(agent.id());
        return addSeat(agent);
    }

    Instant now() {
        return clock.instant();
    }

    long nextOrder() {
        return nextOrder++;
    }

    Queue queue(QueueCode code) {
        return live(code).queue;
    }

    LiveQueue live(QueueCode code) {
        LiveQueue queue = queues.get(code);
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
        boolean wasFree = seat.canTakeCall();
        seat.presence = presence;
        seat.activity = activity;
        seat.breakReason = breakReason;
        if (activity == AgentActivity.WRAP_UP) {
            wrappingUp.add(seat);
        } else {
            wrappingUp.remove(seat);
        }
        if (seat.canTakeCall() != wasFree) {
            changeFreedom(seat);
        }
    }

    private void changeFreedom(Seat seat) {
        for (LiveQueue queue : seat.queues) {
            if (seat.canTakeCall()) {
                queue.agentFree(seat);
                mayOffer(queue);
            } else {
                queue.agentBusy(seat);
            }
        }
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
        changeStatus(call, CallStatus.RINGING);
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
            changeStatus(call, CallStatus.WAITING);
            call.ringDeadline = null;
        }
        out.add(new AcdCommand.StopRinging(call.contact, seat.agent.id()));
    }

    /**
     * Frees an agent after a call: wrap-up for the queue's time, or idle at once if it has none,
     * unless their office wants notes first, when wrap-up lasts until they finish it.
     */
    void startWrapUp(Seat seat, Duration wrapUp) {
        seat.wrapUpUntil = now().plus(wrapUp);
        changeActivity(seat, AgentActivity.WRAP_UP);
        if (wrapUp.isZero() && !seat.notesRequired) {
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

    /** A new call joins the back of its priority in its queue's line. */
    void join(WaitingCall call) {
        calls.put(call.contact, call);
        LiveQueue queue = live(call.queue);
        queue.line.add(call);
        mayOffer(queue);
    }

    /** The call leaves the ACD: ended, abandoned, or sent to another office. */
    void leave(WaitingCall call) {
        calls.remove(call.contact);
        ringing.remove(call);
        live(call.queue).line.remove(call);
    }

    /** The call moves to another queue's line, keeping its order of arrival. */
    void move(WaitingCall call, QueueCode next) {
        live(call.queue).line.remove(call);
        call.queue = next;
        LiveQueue queue = live(next);
        queue.line.add(call);
        mayOffer(queue);
    }

    /** Sets a call's status: in line unless connected, and offerable again once waiting. */
    void changeStatus(WaitingCall call, CallStatus status) {
        call.status = status;
        if (status == CallStatus.RINGING) {
            ringing.add(call);
        } else {
            ringing.remove(call);
        }
        LiveQueue queue = live(call.queue);
        if (status == CallStatus.CONNECTED) {
            queue.line.remove(call);
        } else {
            queue.line.add(call);
        }
        if (status == CallStatus.WAITING) {
            mayOffer(queue);
        }
    }

    /** The queue may now offer a call: an agent of its is free, or a call of its waits again. */
    void mayOffer(LiveQueue queue) {
        if (!queue.changed) {
            queue.changed = true;
            changed.add(queue);
        }
    }

    List<LiveQueue> changedQueues() {
        return changed;
    }

    /** Called once the dispatcher has offered what the changed queues could; kept if it failed midway. */
    void forgetChanges() {
        changed.forEach(q -> q.changed = false);
        changed.clear();
    }
}
