package pl.infolinia.reporting.metric;

import java.util.HashMap;
import java.util.Map;
import pl.infolinia.contactcenter.contact.ArticleOpened;
import pl.infolinia.contactcenter.contact.CallAbandoned;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.CallEvent;
import pl.infolinia.contactcenter.contact.CallHeld;
import pl.infolinia.contactcenter.contact.CallNotAnswered;
import pl.infolinia.contactcenter.contact.CallOverflowed;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.CallResumed;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.CallbackAttempted;
import pl.infolinia.contactcenter.contact.CallbackScheduled;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.IvrChoiceMade;
import pl.infolinia.contactcenter.contact.KnowledgeSearched;
import pl.infolinia.contactcenter.contact.TopicChosen;
import pl.infolinia.contactcenter.contact.WrapUpDone;

/**
 * Folds each contact's events, in the order they were stored, into a {@link ContactTrail}: one
 * pass, one small object per contact, whatever the number of events.
 */
final class ContactFolder {

    private final Map<String, ContactTrail> trails = new HashMap<>();

    void accept(CallEvent event) {
        if (!HotlineHistory.FOLDED_TYPES.contains(event.type())) {
            // the same trails whether or not the store left these out
            return;
        }
        ContactTrail trail = trails.computeIfAbsent(event.contactId().value(), id -> new ContactTrail());
        if (trail.firstAt == null) {
            trail.firstAt = event.at();
        }
        QueueVisit visit = trail.currentVisit();
        switch (event) {
            case CallArrived arrived -> {
                trail.arrivedAt = arrived.at();
                trail.hotline = arrived.hotline();
            }
            case IvrChoiceMade choice -> trail.ivrNodes.add(choice.node());
            case TopicChosen topic -> trail.chosenTopic = topic.topic();
            case CallQueued queued -> {
                if (visit != null) {
                    // a transfer to another queue ends the consultant's part of the previous visit
                    visit.endTalk(queued.at());
                }
                trail.visits.add(new QueueVisit(queued.queueCode(), queued.officeCode(), queued.at()));
            }
            case CallAnswered answered -> {
                if (visit != null && visit.answeredAt == null) {
                    visit.answeredAt = answered.at();
                    visit.agent = answered.agentId();
                }
            }
            case CallNotAnswered ring -> trail.unansweredRings.add(new ContactTrail.Ring(ring.agentId(), ring.at()));
            case CallAbandoned abandoned -> {
                if (visit != null && visit.answeredAt == null) {
                    visit.abandonedAt = abandoned.at();
                }
            }
            case CallOverflowed overflowed -> {
                if (visit != null) {
                    visit.overflowedAt = overflowed.at();
                }
            }
            case CallbackScheduled callback -> {
                if (visit != null) {
                    visit.callbackRequestedAt = callback.at();
                }
            }
            case CallbackAttempted attempt -> {
                if (visit != null && attempt.outcome().equals("CONNECTED")) {
                    visit.callbackCompleted = true;
                }
            }
            case CallHeld held -> {
                QueueVisit answered = trail.visitAnsweredBy(held.agentId());
                if (answered != null) {
                    answered.hold(held.at());
                }
            }
            case CallResumed resumed -> {
                QueueVisit answered = trail.visitAnsweredBy(resumed.agentId());
                if (answered != null) {
                    answered.resume(resumed.at());
                }
            }
            case CallTransferred transferred -> trail.transfers.add(
                    new ContactTrail.Transfer(transferred.at(), transferred.target(), transferred.attended()));
            case CallEnded ended -> {
                if (visit != null) {
                    visit.endTalk(ended.at());
                }
                trail.endReason = ended.reason();
                trail.endedAt = ended.at();
            }
            case WrapUpDone done -> {
                QueueVisit answered = trail.visitAnsweredBy(done.agentId());
                if (answered != null && answered.talkEndedAt != null && answered.wrapUpDoneAt == null) {
                    answered.wrapUpDoneAt = done.at();
                }
            }
            case ContactClassified classified -> trail.classifiedTopic = classified.topic();
            case ArticleOpened opened -> trail.articlesOpened++;
            case KnowledgeSearched searched -> {
                trail.searches++;
                if (searched.results() == 0) {
                    trail.searchesWithoutResult++;
                }
            }
            default -> {
                // recordings, messages and supervisors joining change no figure
            }
        }
    }

    Iterable<ContactTrail> trails() {
        return trails.values();
    }
}
