package pl.infolinia.contactcenter.queue;

import java.time.Instant;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.contact.ContactId;

/** The ACD's mutable record of one agent; only touched under the ACD's lock. */
final class Seat {

    final Agent agent;
    AgentPresence presence = AgentPresence.LOGGED_OUT;
    AgentActivity activity = AgentActivity.IDLE;
    String breakReason = "";
    Instant idleSince;
    /** The call ringing, in hand, or being wrapped up; null when idle. */
    ContactId call;
    Instant wrapUpUntil;

    Seat(Agent agent, Instant now) {
        this.agent = agent;
        this.idleSince = now;
    }

    boolean canTakeCall() {
        return presence == AgentPresence.AVAILABLE && activity == AgentActivity.IDLE;
    }

    boolean serves(Queue queue) {
        return agent.level(queue.skill()) > 0;
    }

    AgentState snapshot() {
        return new AgentState(agent.id(), presence, activity, breakReason, idleSince,
                Optional.ofNullable(call).map(ContactId::value));
    }
}
