package pl.infolinia.server.recording;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * The consultant on a live call pauses its recording while the citizen gives sensitive data, and
 * resumes it: the file holds silence in between, the pause is marked in the recording's metadata
 * and RecordingPaused/RecordingResumed join the contact's events. Only that consultant may.
 */
@RestController
@ConditionalOnWebApplication
class RecordingPauseController {

    private final Switchboard switchboard;
    private final EventCallFacts facts;

    RecordingPauseController(Switchboard switchboard, EventCallFacts facts) {
        this.switchboard = switchboard;
        this.facts = facts;
    }

    @PostMapping("/api/contacts/{id}/recording/pause")
    ResponseEntity<Void> pause(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        AgentId agent = consultant(id, me);
        if (!switchboard.pauseRecording(new ContactId(id), agent)) {
            throw new NotFound("recorded live call " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/contacts/{id}/recording/resume")
    ResponseEntity<Void> resume(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        AgentId agent = consultant(id, me);
        if (!switchboard.resumeRecording(new ContactId(id), agent)) {
            throw new NotFound("recorded live call " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private AgentId consultant(String contact, SignedInUser me) {
        if (!facts.consultantOf(contact).filter(me.getUsername()::equals).isPresent()) {
            throw new AccessDeniedException(me.getUsername() + " is not the consultant on call " + contact);
        }
        return AgentId.of(me.getUsername());
    }
}
