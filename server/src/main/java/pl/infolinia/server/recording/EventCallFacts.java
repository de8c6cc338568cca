package pl.infolinia.server.recording;

import java.util.List;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.archive.CallFactsSource;

/**
 * A recorded call's facts from the contact's events: the caller's number (CallArrived), the queue
 * and consultant of the last answer, the office of the queue, and the wrap-up's topic and outcome.
 */
final class EventCallFacts implements CallFactsSource {

    private final ContactEventLog events;

    EventCallFacts(ContactEventLog events) {
        this.events = events;
    }

    @Override
    public CallFacts factsOf(String contact) {
        List<ContactEvent> path = events.read(new ContactId(contact));
        Optional<String> caller = path.stream().filter(CallArrived.class::isInstance).map(CallArrived.class::cast)
                .map(CallArrived::caller).findFirst();
        Optional<CallAnswered> answered = path.stream().filter(CallAnswered.class::isInstance)
                .map(CallAnswered.class::cast).reduce((first, second) -> second);
        Optional<String> office = path.stream().filter(event -> event.queue().isPresent() || event instanceof CallArrived)
                .flatMap(event -> event.office().stream()).map(OfficeCode::value).reduce((first, second) -> second);
        Optional<ContactClassified> wrapUp = path.stream().filter(ContactClassified.class::isInstance)
                .map(ContactClassified.class::cast).reduce((first, second) -> second);
        return new CallFacts(office, answered.map(CallAnswered::queueCode).map(QueueCode::value),
                answered.map(CallAnswered::agentId).map(AgentId::value), caller,
                wrapUp.map(ContactClassified::topic), wrapUp.map(w -> w.outcome().name()));
    }

    /** The consultant who answered the call last, i.e. the one on it now if it is live. */
    Optional<String> consultantOf(String contact) {
        return factsOf(contact).consultant();
    }
}
