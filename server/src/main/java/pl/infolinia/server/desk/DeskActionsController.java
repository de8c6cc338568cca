package pl.infolinia.server.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.switchboard.RecordingRefused;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.security.SignedInUser;

/**
 * What a consultant does from the desk: change state, hold and resume, hang up, transfer blind or
 * attended. Each answers with a short message for the page's status region and tells the page to
 * refresh ({@code HX-Trigger: live}); only the consultant's own call is acted on.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/desk")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
class DeskActionsController {

    /** Reasons a consultant picks for a break (message keys desk.break.*). */
    static final List<String> BREAK_REASONS = List.of("przerwa", "szkolenie", "spotkanie", "inne");

    private final Switchboard switchboard;
    private final Acd acd;
    private final TransferDirectory directory;

    DeskActionsController(Switchboard switchboard, Acd acd, TransferDirectory directory) {
        this.switchboard = switchboard;
        this.acd = acd;
        this.directory = directory;
    }

    @PostMapping("/state")
    String state(@RequestParam String state, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal SignedInUser me, HttpServletResponse response, Model model) {
        AgentId agent = agent(me);
        if (!acd.hasAgent(agent)) {
            return message("desk.message.noPhone", false, response, model);
        }
        switch (state) {
            case "AVAILABLE" -> {
                if (acd.agent(agent).presence() == AgentPresence.LOGGED_OUT) {
                    switchboard.logIn(agent);
                } else {
                    switchboard.makeAvailable(agent);
                }
            }
            case "BREAK" -> {
                if (reason == null || !BREAK_REASONS.contains(reason)) {
                    return message("desk.message.breakReason", false, response, model);
                }
                switchboard.takeBreak(agent, reason);
            }
            case "LOGGED_OUT" -> switchboard.logOut(agent);
            default -> {
                return message("desk.message.unknownState", false, response, model);
            }
        }
        return message("desk.message.stateChanged", true, response, model);
    }

    @PostMapping("/hold")
    String hold(@RequestParam boolean hold, @AuthenticationPrincipal SignedInUser me, HttpServletResponse response,
            Model model) {
        Optional<ContactId> call = talking(me);
        boolean done = call.isPresent() && switchboard.hold(call.get(), agent(me), hold);
        return message(done ? (hold ? "desk.message.held" : "desk.message.resumed") : "desk.message.noCall", done,
                response, model);
    }

    /**
     * Pauses the call's recording while the citizen gives sensitive data ({@code pause=false} resumes
     * it), or starts a recording on demand ({@code start=true}), as the call's recording policy allows.
     */
    @PostMapping("/recording")
    String recording(@RequestParam(required = false) Boolean pause,
            @RequestParam(defaultValue = "false") boolean start, @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response, Model model) throws MissingServletRequestParameterException {
        if (!start && pause == null) {
            throw new MissingServletRequestParameterException("pause", "boolean");
        }
        Optional<ContactId> call = talking(me);
        try {
            if (start) {
                boolean done = call.isPresent() && switchboard.startRecording(call.get(), agent(me));
                return message(done ? "recpolicy.desk.message.recordingStarted" : "desk.message.noCall", done,
                        response, model);
            }
            boolean done = call.isPresent() && (pause ? switchboard.pauseRecording(call.get(), agent(me))
                    : switchboard.resumeRecording(call.get(), agent(me)));
            return message(done ? (pause ? "desk.message.recordingPaused" : "desk.message.recordingResumed")
                    : "desk.message.notRecorded", done, response, model);
        } catch (RecordingRefused refused) {
            return message("recpolicy.desk.message." + refused.reason(), false, response, model);
        }
    }

    @PostMapping("/hangup")
    String hangUp(@AuthenticationPrincipal SignedInUser me, HttpServletResponse response, Model model) {
        Optional<ContactId> call = talking(me);
        boolean done = call.isPresent() && switchboard.hangUp(call.get(), agent(me));
        return message(done ? "desk.message.hungUp" : "desk.message.noCall", done, response, model);
    }

    @PostMapping("/transfer")
    String transfer(@RequestParam String target, @RequestParam(defaultValue = "blind") String mode,
            @AuthenticationPrincipal SignedInUser me, HttpServletResponse response, Model model) {
        Optional<ContactId> call = talking(me);
        if (call.isEmpty()) {
            return message("desk.message.noCall", false, response, model);
        }
        if (!directory.contains(target)) {
            return message("desk.message.unknownTarget", false, response, model);
        }
        if (mode.equals("attended")) {
            if (!target.startsWith("office:") || !switchboard.consult(call.get(), agent(me), target)) {
                return message("desk.message.consultRefused", false, response, model);
            }
            return message("desk.message.consulting", true, response, model);
        }
        boolean done = switchboard.transfer(call.get(), agent(me), target);
        return message(done ? "desk.message.transferred" : "desk.message.noCall", done, response, model);
    }

    @PostMapping("/consult/complete")
    String completeConsultation(@AuthenticationPrincipal SignedInUser me, HttpServletResponse response, Model model) {
        Optional<ContactId> call = talking(me);
        boolean done = call.isPresent() && switchboard.completeConsultation(call.get(), agent(me));
        return message(done ? "desk.message.transferred" : "desk.message.noCall", done, response, model);
    }

    @PostMapping("/consult/cancel")
    String cancelConsultation(@AuthenticationPrincipal SignedInUser me, HttpServletResponse response, Model model) {
        Optional<ContactId> call = talking(me);
        boolean done = call.isPresent() && switchboard.cancelConsultation(call.get(), agent(me));
        return message(done ? "desk.message.consultCancelled" : "desk.message.noCall", done, response, model);
    }

    private Optional<ContactId> talking(SignedInUser me) {
        AgentId agent = agent(me);
        if (!acd.hasAgent(agent)) {
            return Optional.empty();
        }
        AgentState state = acd.agent(agent);
        return state.activity() == AgentActivity.ON_CALL ? state.contact().map(ContactId::of) : Optional.empty();
    }

    private static AgentId agent(SignedInUser me) {
        return AgentId.of(me.getUsername());
    }

    static String message(String key, boolean ok, HttpServletResponse response, Model model) {
        model.addAttribute("messageKey", key);
        model.addAttribute("ok", ok);
        response.setHeader("HX-Trigger", "live"); // answered 200 either way: htmx swaps 2xx only
        return "desk/parts :: message";
    }
}
