package pl.infolinia.contactcenter.queue;

import java.util.ArrayList;
import java.util.List;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.routing.Candidate;
import pl.infolinia.contactcenter.routing.CandidatePool;

/**
 * A queue as it stands on the floor: its line of calls, the free agents who serve it, and what
 * routing and the wait estimate remember of it. Only touched under the ACD's lock.
 */
final class LiveQueue {

    final Queue queue;
    final QueueLine line = new QueueLine();
    final CandidatePool freeAgents;
    /** Every agent with the queue's skill, whatever their state. */
    final List<Seat> servers = new ArrayList<>();
    final HandleTime handleTime;
    /** The agent picked last, whom round-robin continues after; null before the first pick. */
    AgentId lastPicked;
    /** Whether an operation may have made an offer possible since the dispatcher last looked. */
    boolean changed;

    LiveQueue(Queue queue) {
        this.queue = queue;
        this.freeAgents = new CandidatePool(queue.strategy());
        this.handleTime = new HandleTime(queue.handleTime());
    }

    boolean isServedBy(Agent agent) {
        return agent.level(queue.skill()) > 0;
    }

    void agentFree(Seat seat) {
        freeAgents.add(new Candidate(seat.agent.id(), seat.agent.level(queue.skill()), seat.idleSince));
    }

    void agentBusy(Seat seat) {
        freeAgents.remove(seat.agent.id());
    }

    /** Agents of the queue who are logged in, on a break too: they come back. */
    int staffed() {
        int staffed = 0;
        for (Seat seat : servers) {
            if (seat.presence != AgentPresence.LOGGED_OUT) {
                staffed++;
            }
        }
        return staffed;
    }
}
