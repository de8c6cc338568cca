package pl.infolinia.contactcenter.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;

/**
 * A contact event as one row of the {@code contact_event} table, and back: contact, time, type,
 * office, queue, agent, and the remaining fields as text in {@code data}.
 *
 * <p>For the JDBC adapter, which stores {@code data} as it likes (JSON, say); every event type
 * survives the round trip exactly, which a test checks for every permitted event record.
 */
public record ContactEventRow(Optional<ContactId> contact, Instant at, String type, Optional<OfficeCode> office,
        Optional<QueueCode> queue, Optional<AgentId> agent, Map<String, String> data) {

    public ContactEventRow {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        data = Map.copyOf(data);
    }

    public static ContactEventRow of(ContactEvent event) {
        return new ContactEventRow(event.contact(), event.at(), event.type(), event.office(), event.queue(),
                event.agent(), event.data());
    }

    /**
     * The event this row stores.
     *
     * @throws IllegalArgumentException for a type this version does not know, or a row missing a field
     */
    public ContactEvent toEvent() {
        return switch (type) {
            case "CallArrived" -> new CallArrived(requiredContact(), at, text("caller"), text("hotline"));
            case "IvrChoiceMade" -> new IvrChoiceMade(requiredContact(), at, text("node"), text("input"));
            case "TopicChosen" -> new TopicChosen(requiredContact(), at, text("topic"));
            case "CallQueued" -> new CallQueued(requiredContact(), at, requiredQueue(), office.orElse(null), Integer.parseInt(text("priority")));
            case "CallOffered" -> new CallOffered(requiredContact(), at, requiredQueue(), requiredAgent());
            case "CallNotAnswered" -> new CallNotAnswered(requiredContact(), at, requiredQueue(), requiredAgent());
            case "CallAnswered" -> new CallAnswered(requiredContact(), at, requiredQueue(), requiredAgent(), Duration.parse(text("waited")));
            case "CallAbandoned" -> new CallAbandoned(requiredContact(), at, requiredQueue(), Duration.parse(text("waited")));
            case "CallOverflowed" -> new CallOverflowed(requiredContact(), at, requiredQueue(), text("target"), Duration.parse(text("waited")));
            case "CallTransferred" -> new CallTransferred(requiredContact(), at, agent.orElse(null), text("target"),
                    Boolean.parseBoolean(text("attended")));
            case "CallbackScheduled" -> new CallbackScheduled(requiredContact(), at, requiredQueue(), text("number"));
            case "CallbackAttempted" -> new CallbackAttempted(requiredContact(), at, requiredAgent(), Integer.parseInt(text("attempt")),
                    text("outcome"));
            case "MessageLeft" -> new MessageLeft(requiredContact(), at, office.orElse(null), text("recording"));
            case "RecordingSaved" -> new RecordingSaved(requiredContact(), at, text("location"));
            case "CallEnded" -> new CallEnded(requiredContact(), at, CallEndReason.valueOf(text("reason")));
            case "WrapUpDone" -> new WrapUpDone(requiredContact(), at, requiredAgent());
            case "CallHeld" -> new CallHeld(requiredContact(), at, requiredAgent());
            case "CallResumed" -> new CallResumed(requiredContact(), at, requiredAgent());
            case "RecordingStarted" -> new RecordingStarted(requiredContact(), at, requiredAgent());
            case "RecordingPaused" -> new RecordingPaused(requiredContact(), at, requiredAgent());
            case "RecordingResumed" -> new RecordingResumed(requiredContact(), at, requiredAgent());
            case "ContactClassified" -> new ContactClassified(requiredContact(), at, requiredAgent(), text("topic"),
                    WrapUpOutcome.valueOf(text("outcome")), office.orElse(null), text("notes"));
            case "ArticleOpened" -> new ArticleOpened(requiredContact(), at, requiredAgent(), text("article"));
            case "KnowledgeSearched" -> new KnowledgeSearched(requiredContact(), at, requiredAgent(), text("query"),
                    Integer.parseInt(text("results")));
            case "SupervisorJoined" -> new SupervisorJoined(requiredContact(), at, text("supervisor"), text("mode"));
            case "AgentStateChanged" -> new AgentStateChanged(requiredAgent(), at, AgentPresence.valueOf(text("presence")),
                    AgentActivity.valueOf(text("activity")), data.getOrDefault("reason", ""));
            default -> throw new IllegalArgumentException("unknown contact event type '" + type + "'");
        };
    }

    private ContactId requiredContact() {
        return contact.orElseThrow(() -> missing("contact"));
    }

    private QueueCode requiredQueue() {
        return queue.orElseThrow(() -> missing("queue"));
    }

    private AgentId requiredAgent() {
        return agent.orElseThrow(() -> missing("agent"));
    }

    private String text(String field) {
        String value = data.get(field);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    private IllegalArgumentException missing(String field) {
        return new IllegalArgumentException(type + " row at " + at + " has no " + field);
    }
}
