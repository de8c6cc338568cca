package pl.infolinia.server.reporting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * The few distinct codes the store holds, made once each: a month has a million events but a few
 * hundred queues, offices and agents (contact ids are made per contact). Shared by the readers' threads.
 */
final class Codes {

    private final Map<String, OfficeCode> offices = new ConcurrentHashMap<>();
    private final Map<String, QueueCode> queues = new ConcurrentHashMap<>();
    private final Map<String, AgentId> agents = new ConcurrentHashMap<>();

    OfficeCode office(String code) {
        return offices.computeIfAbsent(code, OfficeCode::new);
    }

    QueueCode queue(String code) {
        return queues.computeIfAbsent(code, QueueCode::new);
    }

    AgentId agent(String id) {
        return agents.computeIfAbsent(id, AgentId::new);
    }
}
