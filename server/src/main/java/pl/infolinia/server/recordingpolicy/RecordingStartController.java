package pl.infolinia.server.recordingpolicy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.switchboard.CallInProgress;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * The consultant on a live call whose policy is ON_DEMAND starts its recording: it is recorded
 * from now on and RecordingStarted joins the contact's events. Only that consultant may; a call
 * whose policy is ALL or NONE is refused with 409 and the reason.
 */
@RestController
@ConditionalOnWebApplication
class RecordingStartController {

    private final Switchboard switchboard;

    RecordingStartController(Switchboard switchboard) {
        this.switchboard = switchboard;
    }

    @PostMapping("/api/contacts/{id}/recording/start")
    ResponseEntity<Void> start(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        ContactId contact = new ContactId(id);
        AgentId agent = AgentId.of(me.getUsername());
        if (!switchboard.call(contact).flatMap(CallInProgress::consultant).filter(agent::equals).isPresent()) {
            throw new AccessDeniedException(me.getUsername() + " is not the consultant on call " + id);
        }
        if (!switchboard.startRecording(contact, agent)) {
            throw new NotFound("live call " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
