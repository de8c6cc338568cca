package pl.infolinia.server.phone;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.telephony.InvalidChannelState;
import pl.infolinia.telephony.UnsupportedMediaFormat;
import pl.infolinia.telephony.webrtc.BrowserCall;

/**
 * The browser phone's signalling for the signed-in consultant: their phone choice, the event
 * stream that registers the page as their phone, and the page's replies to its calls. A call id
 * of another consultant's phone is unknown here (404), so nobody steers another's calls.
 */
@Controller
@RequestMapping("/phone")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
class PhoneController {

    private final JdbcPhoneChoices choices;
    private final BrowserPhoneRegistry phones;

    PhoneController(JdbcPhoneChoices choices, BrowserPhoneRegistry phones) {
        this.choices = choices;
        this.phones = phones;
    }

    @GetMapping(value = "/choice", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> choice(@AuthenticationPrincipal SignedInUser me) {
        return Map.of("phone", choices.of(me.getUsername()).name());
    }

    @PostMapping("/choice")
    ResponseEntity<Void> choose(@AuthenticationPrincipal SignedInUser me, @RequestParam String phone) {
        PhoneChoice choice;
        try {
            choice = PhoneChoice.valueOf(phone);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        choices.choose(me.getUsername(), choice);
        if (choice == PhoneChoice.SIP) {
            phones.unregister(me.getUsername());
        }
        return ResponseEntity.noContent().build();
    }

    /** Registers this page as the consultant's phone for as long as the stream is open. */
    @GetMapping(value = "/events", produces = "text/event-stream")
    ResponseEntity<SseEmitter> events(@AuthenticationPrincipal SignedInUser me) {
        if (choices.of(me.getUsername()) != PhoneChoice.BROWSER) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        return phones.register(me.getUsername()).map(phone -> ResponseEntity.ok(phone.stream()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build());
    }

    @PostMapping(value = "/calls/{id}/answer", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Void> answer(@AuthenticationPrincipal SignedInUser me, @PathVariable String id,
                                @RequestBody String sdp) {
        return act(me, id, call -> call.answer(sdp));
    }

    @PostMapping("/calls/{id}/decline")
    ResponseEntity<Void> decline(@AuthenticationPrincipal SignedInUser me, @PathVariable String id) {
        return act(me, id, BrowserCall::decline);
    }

    @PostMapping("/calls/{id}/hangup")
    ResponseEntity<Void> hangUp(@AuthenticationPrincipal SignedInUser me, @PathVariable String id) {
        return act(me, id, BrowserCall::hangUp);
    }

    @PostMapping("/calls/{id}/hold")
    ResponseEntity<Void> hold(@AuthenticationPrincipal SignedInUser me, @PathVariable String id) {
        return act(me, id, BrowserCall::hold);
    }

    @PostMapping("/calls/{id}/unhold")
    ResponseEntity<Void> unhold(@AuthenticationPrincipal SignedInUser me, @PathVariable String id) {
        return act(me, id, BrowserCall::unhold);
    }

    private ResponseEntity<Void> act(SignedInUser me, String id, Consumer<BrowserCall> action) {
        return phones.of(me.getUsername()).flatMap(phone -> phone.call(id)).map(call -> {
            try {
                action.accept(call);
                return ResponseEntity.noContent().<Void>build();
            } catch (UnsupportedMediaFormat e) {
                return ResponseEntity.unprocessableEntity().<Void>build();
            } catch (InvalidChannelState e) {
                return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).<Void>build();
            }
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
