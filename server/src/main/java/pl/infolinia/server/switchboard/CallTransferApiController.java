package pl.infolinia.server.switchboard;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.security.SignedInUser;

/**
 * A consultant's transfers of the call they are on, from Infolinia instead of the phone: blind to
 * another queue ({@code {"target": "praca"}}), to a colleague on the floor ({@code {"target": "agent:agent2"}}) or to an office whose line is in the directory
 * ({@code POST /api/contacts/{id}/transfer} with {@code {"target": "MSWIA"}}), or attended to an office ({@code POST .../consult} with the same body, then
 * {@code .../consult/complete} to hand the citizen over or {@code .../consult/cancel} to take them
 * back). Only the consultant holding the call may transfer it.
 */
@RestController
@ConditionalOnWebApplication
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
        String target = body.getOrDefault("target", "");
        String named = isColleague(target) ? target : isQueue(target) ? "queue:" + target : "office:" + office(body);
        live(switchboard.transfer(ContactId.of(id), holder(id, me), target), id);
        return ResponseEntity.accepted().body(Map.of("contact", id, "target", named));
    }

    @PostMapping("/api/contacts/{id}/consult")
    ResponseEntity<Map<String, String>> consult(@PathVariable String id, @RequestBody Map<String, String> body,
            @AuthenticationPrincipal SignedInUser me) {
        String target = office(body);
        live(switchboard.consult(ContactId.of(id), holder(id, me), target), id);
        return ResponseEntity.accepted().body(Map.of("contact", id, "consulting", "office:" + target));
    }

    @PostMapping("/api/contacts/{id}/consult/complete")
    ResponseEntity<Map<String, String>> complete(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        live(switchboard.completeConsultation(ContactId.of(id), holder(id, me)), id);
        return ResponseEntity.accepted().body(Map.of("contact", id));
    }

    @PostMapping("/api/contacts/{id}/consult/cancel")
    ResponseEntity<Map<String, String>> cancel(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        live(switchboard.cancelConsultation(ContactId.of(id), holder(id, me)), id);
        return ResponseEntity.accepted().body(Map.of("contact", id));
    }

    /** The signed-in consultant, if the contact is the call they are on. */
    private AgentId holder(String contact, SignedInUser me) {
        AgentId agent = AgentId.of(me.getUsername());
        boolean holdsIt = acd.hasAgent(agent) && acd.agent(agent).contact().filter(contact::equals).isPresent();
        if (!holdsIt) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, me.getUsername() + " is not on contact " + contact);
        }
        return agent;
    }

    private String office(Map<String, String> body) {
        String target = body.getOrDefault("target", "");
        if (!isOfficeWithLine(target)) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "the target must be an office whose line is in the offices directory, not '" + target + "'");
        }
        return target;
    }

    private static void live(boolean delivered, String contact) {
        if (!delivered) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "contact " + contact + " is no longer a live call");
        }
    }

    /** A consultant on the floor, {@code agent:agent2}, whose phone rings at once if they are free. */
    private boolean isColleague(String target) {
        String name = target.startsWith("agent:") ? target.substring("agent:".length()) : "";
        return !name.isBlank() && acd.hasAgent(AgentId.of(name));
    }

    private boolean isQueue(String target) {
        try {
            return acd.hasQueue(QueueCode.of(target));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean isOfficeWithLine(String target) {
        try {
            return offices.has(OfficeCode.of(target));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
