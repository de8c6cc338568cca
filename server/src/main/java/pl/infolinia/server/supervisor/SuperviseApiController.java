package pl.infolinia.server.supervisor;

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
import pl.infolinia.contactcenter.switchboard.SupervisionMode;
import pl.infolinia.contactcenter.switchboard.SupervisionStart;
import pl.infolinia.server.security.SignedInUser;

/**
 * {@code POST /api/contacts/{id}/supervise} with {@code {"mode": "LISTEN"}} (or WHISPER, BARGE):
 * the switchboard rings the supervisor's own registered phone and joins it to the call when
 * answered; 202 while it rings, 404 for no live call, 409 when no consultant talks on it or the
 * supervisor's phone is not registered, 403 for another office's call.
 */
@RestController
@ConditionalOnWebApplication
class SuperviseApiController {

    private final Supervising supervising;

    SuperviseApiController(Supervising supervising) {
        this.supervising = supervising;
    }

    @PostMapping("/api/contacts/{id}/supervise")
    ResponseEntity<Map<String, String>> supervise(@PathVariable String id, @RequestBody SupervisionAsked asked,
            @AuthenticationPrincipal SignedInUser me) {
        SupervisionMode mode = Supervising.mode(asked.mode()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "mode must be LISTEN, WHISPER or BARGE"));
        SupervisionStart start = supervising.start(me, id, mode);
        return switch (start) {
            case RINGING -> ResponseEntity.accepted().body(Map.of("status", start.name(), "phone", me.getUsername()));
            case NO_CONVERSATION -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "no consultant is talking on contact " + id + " now");
            case NO_PHONE -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "register your phone as SIP user " + me.getUsername() + " first");
        };
    }

    /** The request body: the mode to join in. */
    record SupervisionAsked(String mode) {
    }
}
