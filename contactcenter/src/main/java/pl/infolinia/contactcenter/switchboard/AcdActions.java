package pl.infolinia.contactcenter.switchboard;

import java.util.List;
import java.util.function.Supplier;
import pl.infolinia.contactcenter.queue.AcdCommand;
import pl.infolinia.contactcenter.queue.InvalidCallState;
import pl.infolinia.contactcenter.queue.NoSuchCall;

/**
 * Carries out what the ACD decided: rings and stops ringing consultants' phones, and hands
 * overflowing calls to their threads. Callbacks are dialled by the thread whose phone answered.
 */
final class AcdActions {

    private final LiveCalls calls;
    private AgentRinger ringer;

    AcdActions(LiveCalls calls) {
        this.calls = calls;
    }

    void ringWith(AgentRinger agentRinger) {
        this.ringer = agentRinger;
    }

    /** Runs an ACD operation and carries out its commands; a call that is already gone is no error. */
    void act(Supplier<List<AcdCommand>> operation) {
        List<AcdCommand> commands;
        try {
            commands = operation.get();
        } catch (NoSuchCall | InvalidCallState e) {
            return;
        }
        execute(commands);
    }

    void execute(List<AcdCommand> commands) {
        for (AcdCommand command : commands) {
            switch (command) {
                case AcdCommand.RingAgent ring -> ringer.ring(ring);
                case AcdCommand.StopRinging stop -> ringer.stop(stop.contact(), stop.agent());
                case AcdCommand.SendToOverflow overflow ->
                        calls.deliver(overflow.contact(), new Handoff.Overflowed(overflow.from(), overflow.target()));
                case AcdCommand.DialCallback callback -> throw new IllegalStateException(
                        "a callback is dialled by the phone that answered it, not here: " + callback);
            }
        }
    }
}
