package pl.infolinia.contactcenter.queue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * The automatic call distributor: holds queued calls and agents, and offers each call to the
 * right agent as the queue's routing strategy says.
 *
 * <p>Every operation stores its events in the {@link ContactEventLog} first, then changes state,
 * offers whatever can now be offered, and returns the {@link AcdCommand}s for the telephony side
 * in order. Time comes from the {@link Clock}; nothing happens between calls, so the owner calls
 * {@link #tick()} every second or so for ring timeouts, wrap-up ends and overflows. Thread-safe:
 * one lock around each operation, which decides in microseconds and never waits on I/O other
 * than the event log's append.
 *
 * <p>Guarantees, checked by randomised tests: a call rings at one agent at a time (several only
 * for ring-all, where one answers), an agent holds at most one call, calls of one queue and
 * priority are offered first come first served, and no call is lost: it stays until it is
 * answered and ended, abandoned, or sent to overflow.
 */
public final class Acd {

    private final ReentrantLock lock = new ReentrantLock();
    private final Floor floor;
    private final Dispatcher dispatcher;
    private final AgentDesk agents;
    private final CallLine line;

    public Acd(Clock clock, ContactEventLog log, Collection<Queue> queues, Collection<Agent> agentList) {
        this.floor = new Floor(clock, log, List.copyOf(queues), List.copyOf(agentList));
        this.dispatcher = new Dispatcher(floor);
        this.agents = new AgentDesk(floor);
        this.line = new CallLine(floor);
    }

    /**
     * A consultant joins the floor, logged out, e.g. a user created after start; an agent already
     * on the floor is left as they are.
     *
     * @return true if the agent is new
     */
    public boolean addAgent(Agent agent) {
        return read(() -> floor.addSeat(agent));
    }

    /**
     * Gives a logged-out agent their current skills, e.g. changed by their office's administrator
     * (an agent not yet on the floor joins it). False while they are logged in: the change then
     * waits for their next login.
     */
    public boolean updateAgent(Agent agent) {
        return read(() -> floor.replaceSeat(agent));
    }

    /** Whether the agent is on the floor. */
    public boolean hasAgent(AgentId agent) {
        return read(() -> floor.seats.containsKey(agent));
    }

    /**
     * Whether the agent's wrap-up lasts until they {@link #finishWrapUp finish it} rather than
     * for the queue's wrap-up time, as an office may require notes before the next call.
     */
    public List<AcdCommand> requireNotes(AgentId agent, boolean required) {
        return act(out -> floor.seat(agent).notesRequired = required);
    }

    /** The agent starts taking calls: AVAILABLE. */
    public List<AcdCommand> logIn(AgentId agent) {
        return act(out -> agents.changePresence(floor.seat(agent), AgentPresence.AVAILABLE, "", out));
    }

    /** The agent leaves; a call ringing at their phone goes back to its place in line. */
    public List<AcdCommand> logOut(AgentId agent) {
        return act(out -> agents.changePresence(floor.seat(agent), AgentPresence.LOGGED_OUT, "", out));
    }

    /** The agent pauses with a reason, e.g. "przerwa"; a ringing call goes back to its place. */
    public List<AcdCommand> takeBreak(AgentId agent, String reason) {
        return act(out -> agents.changePresence(floor.seat(agent), AgentPresence.ON_BREAK, reason, out));
    }

    /** The agent is back from a break (or from being set not-ready after no answer). */
    public List<AcdCommand> makeAvailable(AgentId agent) {
        return act(out -> agents.changePresence(floor.seat(agent), AgentPresence.AVAILABLE, "", out));
    }

    /** The agent picked up the offered call; for a callback, the citizen is to be dialled now. */
    public List<AcdCommand> answer(ContactId contact, AgentId agent) {
        return act(out -> line.answer(floor.call(contact), floor.seat(agent), out));
    }

    /**
     * The consultant transfers their connected call to another queue: their part ends in wrap-up,
     * the contact goes on, queued again one priority above its own.
     */
    public List<AcdCommand> transfer(ContactId contact, QueueCode queue) {
        return act(out -> line.transfer(floor.call(contact), floor.queue(queue)));
    }

    /**
     * The consultant hands their connected call to a colleague on the floor: wrap-up for them, the
     * colleague's phone rings at once if they are free; otherwise the call waits in its queue.
     */
    public List<AcdCommand> transferToAgent(ContactId contact, AgentId colleague) {
        return act(out -> line.transferToAgent(floor.call(contact), floor.seat(colleague), out));
    }

    /** Whether calls can be queued in {@code queue}. */
    public boolean hasQueue(QueueCode queue) {
        return read(() -> floor.queues.containsKey(queue));
    }

    /** The agent's phone rang out or declined: the agent is set not-ready, the call goes back to its place. */
    public List<AcdCommand> noAnswer(ContactId contact, AgentId agent) {
        return act(out -> agents.missed(floor.call(contact), floor.seat(agent), out));
    }

    /** The agent finished the notes before the wrap-up time ran out. */
    public List<AcdCommand> finishWrapUp(AgentId agent) {
        return act(out -> agents.finishWrapUp(floor.seat(agent)));
    }

    /** A call joins a queue; priority 0 is normal, higher is served first. */
    public List<AcdCommand> enqueue(ContactId contact, QueueCode queue, int priority) {
        return act(out -> line.enqueue(contact, floor.queue(queue), priority));
    }

    /**
     * The caller chose to be called back on {@code number} and may hang up: the call keeps its
     * place, and when its turn comes an agent is rung and then {@link AcdCommand.DialCallback} asked.
     */
    public List<AcdCommand> requestCallback(ContactId contact, String number) {
        return act(out -> line.requestCallback(floor.call(contact), number, out));
    }

    /** The citizen answered the callback's dial-out. */
    public List<AcdCommand> callbackConnected(ContactId contact) {
        return act(out -> line.callbackAttempted(floor.call(contact), "CONNECTED", Optional.empty(), out));
    }

    /**
     * The callback's dial-out failed with {@code outcome} (e.g. NO_ANSWER, BUSY); the agent is
     * freed. With a retry delay the call keeps its place and is offered again after it;
     * without one the contact ends.
     */
    public List<AcdCommand> callbackFailed(ContactId contact, String outcome, Optional<Duration> retryAfter) {
        return act(out -> line.callbackAttempted(floor.call(contact), outcome, retryAfter, out));
    }

    /**
     * The call ended: if still waiting or ringing it is abandoned (with its wait stored), if
     * connected its agent starts wrap-up. Stores {@code CallEnded} with the reason, so the
     * telephony side must not store it again for a call the ACD held.
     */
    public List<AcdCommand> hangUp(ContactId contact, CallEndReason reason) {
        return act(out -> line.hangUp(floor.call(contact), reason, out));
    }

    /** Applies what time has made due: ring timeouts, ends of wrap-up, overflows on maximum wait. */
    public List<AcdCommand> tick() {
        return act(out -> {
            agents.expireRinging(out);
            agents.expireWrapUps();
            line.overflowLongWaits(out);
        });
    }

    /** The queues, in the order they were given. */
    public List<Queue> queues() {
        return read(() -> floor.queues.values().stream().map(live -> live.queue).toList());
    }

    public Optional<QueuedCall> call(ContactId contact) {
        return read(() -> Optional.ofNullable(floor.calls.get(contact)).map(WaitingCall::snapshot));
    }

    /** Every call held, in order of arrival. */
    public List<QueuedCall> calls() {
        return read(() -> floor.calls.values().stream().map(WaitingCall::snapshot).toList());
    }

    public AgentState agent(AgentId agent) {
        return read(() -> floor.seat(agent).snapshot());
    }

    /** Every agent's state, by id. */
    public List<AgentState> agents() {
        return read(() -> floor.seats.values().stream().map(Seat::snapshot).toList());
    }

    /** The call's place in its queue, 1 being next; empty once connected or gone. */
    public OptionalInt position(ContactId contact) {
        return read(() -> new WaitEstimate(floor).position(contact));
    }

    /** How long the caller will probably still wait, for "około N minut"; empty once connected or gone. */
    public Optional<Duration> estimatedWait(ContactId contact) {
        return read(() -> new WaitEstimate(floor).estimatedWait(contact));
    }

    private List<AcdCommand> act(Consumer<List<AcdCommand>> operation) {
        lock.lock();
        try {
            List<AcdCommand> out = new ArrayList<>();
            operation.accept(out);
            dispatcher.offerWaitingCalls(out);
            return List.copyOf(out);
        } finally {
            lock.unlock();
        }
    }

    private <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }
}
