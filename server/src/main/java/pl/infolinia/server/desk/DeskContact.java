package pl.infolinia.server.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pl.infolinia.contactcenter.contact.ArticleOpened;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallHeld;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.CallResumed;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.IvrChoiceMade;
import pl.infolinia.contactcenter.contact.RecordingPaused;
import pl.infolinia.contactcenter.contact.RecordingResumed;
import pl.infolinia.contactcenter.contact.TopicChosen;

/**
 * What the desk shows of one contact, read from its events: who called which hotline, the topic and
 * the keys pressed in the IVR, since when the caller waits (or how long they waited), whether they
 * are on hold, whether the recording is paused, and what earlier consultants of the same contact left (a transferred call carries
 * it): who talked with the citizen, the articles opened and the wrap-up notes.
 */
public record DeskContact(ContactId id, String caller, String hotline, Instant arrivedAt, Optional<String> topic,
        List<String> ivrPath, Optional<String> queue, Instant queuedAt, Optional<Duration> waited, boolean onHold,
        List<String> articlesOpened, List<String> consultants, List<String> notes, boolean recordingPaused) {

    static DeskContact of(ContactId id, List<ContactEvent> events) {
        String caller = "";
        String hotline = "";
        Instant arrivedAt = events.isEmpty() ? Instant.EPOCH : events.getFirst().at();
        Optional<String> topic = Optional.empty();
        List<String> path = new ArrayList<>();
        Optional<String> queue = Optional.empty();
        Instant queuedAt = arrivedAt;
        Optional<Duration> waited = Optional.empty();
        boolean onHold = false;
        boolean recordingPaused = false;
        Set<String> articles = new LinkedHashSet<>();
        Set<String> consultants = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (ContactEvent event : events) {
            switch (event) {
                case CallArrived e -> {
                    caller = e.caller();
                    hotline = e.hotline();
                    arrivedAt = e.at();
                }
                case TopicChosen e -> topic = Optional.of(e.topic());
                case IvrChoiceMade e -> path.add(e.input());
                case CallQueued e -> {
                    queue = Optional.of(e.queueCode().value());
                    queuedAt = e.at();
                    waited = Optional.empty();
                }
                case CallAnswered e -> {
                    waited = Optional.of(e.waited());
                    consultants.add(e.agentId().value());
                }
                case ContactClassified e -> {
                    if (!e.notes().isBlank()) {
                        notes.add(e.agentId().value() + ": " + e.notes());
                    }
                }
                case CallHeld e -> onHold = true;
                case CallResumed e -> onHold = false;
                case RecordingPaused e -> recordingPaused = true;
                case RecordingResumed e -> recordingPaused = false;
                case ArticleOpened e -> articles.add(e.articleId());
                default -> {
                    // other steps do not show on the desk
                }
            }
        }
        return new DeskContact(id, caller, hotline, arrivedAt, topic, List.copyOf(path), queue, queuedAt, waited,
                onHold, List.copyOf(articles), List.copyOf(consultants), List.copyOf(notes), recordingPaused);
    }

    /** How long the caller waited for the consultant, as m:ss; empty while still waiting. */
    public String waitedText() {
        return waited.map(w -> w.toMinutes() + ":" + String.format("%02d", w.toSecondsPart())).orElse("");
    }

    /** The keys pressed in the IVR, e.g. "1 → 2", or empty. */
    public String ivrKeys() {
        return String.join(" → ", ivrPath);
    }
}
