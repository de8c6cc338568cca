package pl.infolinia.contactcenter.queue;

import java.time.Instant;
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

    void expireRinging(List<AcdCommand> out) {
        Instant now = floor.now();
        for (WaitingCall call : List.copyOf(floor.calls.values())) {
            if (call.status == CallStatus.RINGING && !call.ringDeadline.isAfter(now)) {
                for (var agent : List.copyOf(call.agents)) {
                    missed(call, floor.seat(agent), out);
                }
            }
        }
    }

    /** Idempotent: finishing after the wrap-up time already ran out changes nothing. */
    void finishWrapUp(Seat seat) {
        if (seat.activity == AgentActivity.WRAP_UP) {
            floor.endWrapUp(seat);
        }
    }

    void expireWrapUps() {
        Instant now = floor.now();
        for (Seat seat : floor.seats.values()) {
            if (seat.activity == AgentActivity.WRAP_UP && !seat.wrapUpUntil.isAfter(now)) {
                floor.endWrapUp(seat);
            }
        }
    }
}
