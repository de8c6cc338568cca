package pl.infolinia.contactcenter.contact;

import java.util.Optional;

/** A step of one citizen's contact, from arrival to wrap-up. */
public sealed interface CallEvent extends ContactEvent permits CallArrived, IvrChoiceMade, TopicChosen,
        CallQueued, CallOffered, CallNotAnswered, CallAnswered, CallAbandoned, CallOverflowed,
        CallTransferred, CallbackScheduled, CallbackAttempted, MessageLeft, RecordingSaved, CallEnded,
        WrapUpDone, CallHeld, CallResumed, RecordingStarted, RecordingPaused, RecordingResumed, ContactClassified, ArticleOpened,
        KnowledgeSearched, SupervisorJoined {

    ContactId contactId();

    @Override
    default Optional<ContactId> contact() {
        return Optional.of(contactId());
    }
}
