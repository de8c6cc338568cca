package pl.infolinia.reporting.metric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallEndReason;

/**
 * What one contact's events say, folded for counting: hotline, topic, IVR path, queue visits,
 * transfers, rings not answered and knowledge-base use. Filled in by {@link ContactFolder}.
 */
final class ContactTrail {

    /** A contact's topic until the IVR or the consultant names one. */
    static final String NO_TOPIC = "-";

    Instant firstAt;
    Instant arrivedAt;
    String hotline = "-";
    String chosenTopic;
    String classifiedTopic;
    final List<String> ivrNodes = new ArrayList<>();
    final List<QueueVisit> visits = new ArrayList<>();
    final List<Transfer> transfers = new ArrayList<>();
    final List<Ring> unansweredRings = new ArrayList<>();
    int articlesOpened;
    int searches;
    int searchesWithoutResult;
    CallEndReason endReason;
    Instant endedAt;

    /** The topic the consultant classified, else the one chosen in the IVR. */
    String topic() {
        return classifiedTopic != null ? classifiedTopic : chosenTopic != null ? chosenTopic : NO_TOPIC;
    }

    /** When the contact began: its arrival, or its first event read if the arrival was before the read window. */
    Instant startedAt() {
        return arrivedAt != null ? arrivedAt : firstAt;
    }

    QueueVisit currentVisit() {
        return visits.isEmpty() ? null : visits.getLast();
    }

    /** The visit a consultant's event belongs to: the latest one they answered. */
    QueueVisit visitAnsweredBy(AgentId agent) {
        for (int i = visits.size() - 1; i >= 0; i--) {
            QueueVisit visit = visits.get(i);
            if (agent.equals(visit.agent)) {
                return visit;
            }
        }
        return null;
    }

    record Transfer(Instant at, String target, boolean attended) {

        /** The destination office for {@code office:X} targets, else null. */
        String office() {
            return target.startsWith("office:") ? target.substring("office:".length()) : null;
        }
    }

    record Ring(AgentId agent, Instant at) {
    }
}
