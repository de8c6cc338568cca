package pl.infolinia.contactcenter.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.contact.ContactId;

/** The ACD's mutable record of one agent; only touched under the ACD's lock. */
final class Seat {

    final Agent agent;
    /** The queues whose skill the agent has. */
    final List<LiveQueue> queues;
    AgentPresence presence = AgentPresence.LOGGED_OUT;
    AgentActivity activity = AgentActivity.IDLE;
    String breakReason = "";
    Instant idleSince;
    /** The call ringing, in hand, or being wrapped up; null when idle. */
    ContactId call;
    Instant wrapUpUntil;
    /** The agent's office wants notes before the next call: wrap-up lasts until they finish it. */
    boolean notesRequired;

    Seat(Agent agent, Instant now, List<LiveQueue> queues) {
        this.agent = agent;
        this.queues = queues;
        this.idleSince = now;
    }

    boolean canTakeCall() {
        return presence == AgentPresence.AVAILABLE && activity == AgentActivity.IDLE;
    }

    AgentState snapshot() {
        return new AgentState(agent.id(), presence, activity, breakReason, idleSince,
                Optional.ofNullable(call).map(ContactId::value));
    }
}
