package pl.infolinia.contactcenter.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentPresence;

/** The agent side of the ACD: presence changes, missed offers, and the end of wrap-up. */
final class AgentDesk {

    private final Floor floor;

    AgentDesk(Floor floor) {
        this.floor = floor;
    }

    void changePresence(Seat seat, AgentPresence presence, String reason, List<AcdCommand> out) {
        if (presence != AgentPresence.AVAILABLE && seat.activity == AgentActivity.RINGING) {
            // leaving while the phone rings must not lose the call: it goes back to its place
            floor.stopRinging(floor.call(seat.call), seat, true, out);
        }
        if (seat.presence == AgentPresence.LOGGED_OUT && seat.activity == AgentActivity.IDLE) {
            seat.idleSince = floor.now();
        }
        floor.change(seat, presence, seat.activity, reason);
    }

    /** The agent did not take an offered call: the call goes back, the agent becomes not-ready. */
    void missed(WaitingCall call, Seat seat, List<AcdCommand> out) {
        if (call.status != CallStatus.RINGING || !call.agents.contains(seat.agent.id())) {
            throw new InvalidCallState("call " + call.contact + " is not ringing at " + seat.agent.id());
        }
        floor.stopRinging(call, seat, true, out);
        if (seat.presence == AgentPresence.AVAILABLE) {
            floor.change(seat, AgentPresence.ON_BREAK, seat.activity, Floor.NO_ANSWER);
        }
    }

    /** In order of arrival, as the events have always been stored. */
    void expireRinging(List<AcdCommand> out) {
        Instant now = floor.now();
        List<WaitingCall> due = new ArrayList<>();
        for (WaitingCall call : floor.ringing) {
            if (!call.ringDeadline.isAfter(now)) {
                due.add(call);
            }
        }
        for (WaitingCall call : due) {
            for (var agent : List.copyOf(call.agents)) {
                missed(call, floor.seat(agent), out);
            }
        }
    }

    /** Idempotent: finishing after the wrap-up time already ran out changes nothing. */
    void finishWrapUp(Seat seat) {
        if (seat.activity == AgentActivity.WRAP_UP) {
            floor.endWrapUp(seat);
        }
    }

    /** In order of agent id, as the events have always been stored. */
    void expireWrapUps() {
        Instant now = floor.now();
        List<Seat> due = new ArrayList<>();
        for (Seat seat : floor.wrappingUp) {
            if (!seat.notesRequired && !seat.wrapUpUntil.isAfter(now)) {
                due.add(seat);
            }
        }
        due.forEach(floor::endWrapUp);
    }
}
