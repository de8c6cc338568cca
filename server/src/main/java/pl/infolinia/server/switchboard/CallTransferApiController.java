package pl.infolinia.server.switchboard;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.security.SignedInUser;

/**
 * A consultant's blind transfer of the call they are on, from Infolinia instead of the phone:
 * {@code POST /api/contacts/{id}/transfer} with {@code {"target": "MSWIA"}}, an office whose line
 * is in the directory. Only the consultant holding the call may transfer it.
 */
@RestController
class CallTransferApiController {

    private final Switchboard switchboard;
    private final Acd acd;
    private final ServerOfficeLines offices;

    CallTransferApiController(Switchboard switchboard, Acd acd, ServerOfficeLines offices) {
        this.switchboard = switchboard;
        this.acd = acd;
        this.offices = offices;
    }

    @PostMapping("/api/contacts/{id}/transfer")
    ResponseEntity<Map<String, String>> transfer(@PathVariable String id, @RequestBody Map<String, String> body,
            @AuthenticationPrincipal SignedInUser me) {
        AgentId agent = AgentId.of(me.getUsername());
        boolean holdsIt = acd.hasAgent(agent) && acd.agent(agent).contact().filter(id::equals).isPresent();
        if (!holdsIt) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, me.getUsername() + " is not on contact " + id);
        }
        String target = body.getOrDefault("target", "");
        if (!isOfficeWithLine(target)) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "the target must be an office whose line is in the offices directory, not '" + target + "'");
        }
        if (!switchboard.transfer(ContactId.of(id), agent, target)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "contact " + id + " is no longer a live call");
        }
        return ResponseEntity.accepted().body(Map.of("contact", id, "target", "office:" + target));
    }

    private boolean isOfficeWithLine(String target) {
        try {
            return offices.has(OfficeCode.of(target));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
