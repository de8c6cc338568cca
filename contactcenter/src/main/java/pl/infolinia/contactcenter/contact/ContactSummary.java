package pl.infolinia.contactcenter.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;

/**
 * One line of the contact list, folded from a contact's events: who called when, about what,
 * where it went, who answered, how long the caller waited, and how it ended.
 *
 * <p>Derived, never stored: the events stay the one source of truth.
 */
public record ContactSummary(ContactId contact, Instant arrivedAt, Optional<String> caller, Optional<String> topic,
        Optional<OfficeCode> office, Optional<QueueCode> queue, Optional<AgentId> agent, Optional<Duration> waited,
        ContactOutcome outcome) {

    /** The summary of a contact's events in append order (as {@link ContactEventLog#read} gives them). */
    public static ContactSummary of(ContactId contact, List<ContactEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("contact " + contact + " has no events");
        }
        ContactSummary summary = new ContactSummary(contact, events.getFirst().at(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ContactOutcome.IN_PROGRESS);
        for (ContactEvent event : events) {
            summary = summary.with(event);
        }
        return summary;
    }

    private ContactSummary with(ContactEvent event) {
        Optional<OfficeCode> nextOffice = event.office().or(() -> office);
        Optional<QueueCode> nextQueue = event.queue().or(() -> queue);
        return switch (event) {
            case CallArrived e -> copy(Optional.of(e.caller()), topic, nextOffice, nextQueue, agent, waited, outcome);
            case TopicChosen e -> copy(caller, Optional.of(e.topic()), nextOffice, nextQueue, agent, waited, outcome);
            case CallAnswered e -> copy(caller, topic, nextOffice, nextQueue, Optional.of(e.agentId()), Optional.of(e.waited()), outcome);
            case CallAbandoned e -> copy(caller, topic, nextOffice, nextQueue, agent, Optional.of(e.waited()), ContactOutcome.ABANDONED);
            case CallTransferred e when e.target().startsWith("office:") ->
                    copy(caller, topic, nextOffice, nextQueue, agent, waited, ContactOutcome.TRANSFERRED_OUT);
            case CallbackScheduled e -> copy(caller, topic, nextOffice, nextQueue, agent, waited, ContactOutcome.CALLBACK);
            case MessageLeft e -> copy(caller, topic, nextOffice, nextQueue, agent, waited, ContactOutcome.MESSAGE);
            case CallEnded e when outcome == ContactOutcome.IN_PROGRESS -> copy(caller, topic, nextOffice, nextQueue, agent,
                    waited, agent.isPresent() ? ContactOutcome.ANSWERED : ContactOutcome.ENDED_IN_IVR);
            default -> copy(caller, topic, nextOffice, nextQueue, agent, waited, outcome);
        };
    }

    private ContactSummary copy(Optional<String> caller, Optional<String> topic, Optional<OfficeCode> office,
            Optional<QueueCode> queue, Optional<AgentId> agent, Optional<Duration> waited, ContactOutcome outcome) {
        return new ContactSummary(contact, arrivedAt, caller, topic, office, queue, agent, waited, outcome);
    }
}
