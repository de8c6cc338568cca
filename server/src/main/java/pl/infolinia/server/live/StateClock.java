package pl.infolinia.server.live;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.AgentStateChanged;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactQuery;

/**
 * Since when each consultant has been in their current state, for "time in state" on the desk and
 * the wallboard: the last {@link AgentStateChanged} seen live, or else the last one stored.
 */
@Component
public class StateClock {

    private final ContactEventLog log;
    private final Clock clock;
    private final Map<AgentId, Instant> since = new ConcurrentHashMap<>();

    StateClock(LiveFeed feed, ContactEventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        feed.watch(this::noticed);
    }

    /** When the consultant's current state began; now, for one who never changed state. */
    public Instant since(AgentId agent) {
        return since.computeIfAbsent(agent, this::lastStored);
    }

    private void noticed(ContactEvent event) {
        if (event instanceof AgentStateChanged changed) {
            since.put(changed.agentId(), changed.at());
        }
    }

    private Instant lastStored(AgentId agent) {
        return log.events(ContactQuery.all().agent(agent)).stream()
                .filter(AgentStateChanged.class::isInstance)
                .map(ContactEvent::at)
                .findFirst()
                .orElseGet(clock::instant);
    }
}
