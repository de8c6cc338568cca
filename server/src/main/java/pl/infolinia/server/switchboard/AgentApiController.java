package pl.infolinia.server.switchboard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/**
 * Consultants' states as JSON: who is available, ringing, on a call, in wrap-up or on a break.
 * A consultant reads and changes their own state; supervisors and office administrators those of
 * their office (forcing a state); ADMIN everyone's.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/agents")
class AgentApiController {

    private static final int MAX_REASON = 60;

    private final Switchboard switchboard;
    private final Acd acd;
    private final Users users;
    private final Auditor auditor;

    AgentApiController(Switchboard switchboard, Acd acd, Users users, Auditor auditor) {
        this.switchboard = switchboard;
        this.acd = acd;
        this.users = users;
        this.auditor = auditor;
    }

    /** Consultants on the floor (their phone registered or they logged in), as far as the caller may see. */
    @GetMapping
    List<AgentJson> agents(@AuthenticationPrincipal SignedInUser me) {
        return acd.agents().stream().filter(state -> maySee(me, state.id())).map(AgentJson::of).toList();
    }

    @PutMapping("/{username}/state")
    AgentJson change(@PathVariable String username, @RequestBody StateChange change,
            @AuthenticationPrincipal SignedInUser me) {
        AgentId agent = AgentId.of(username);
        if (!maySee(me, agent)) {
            throw new AccessDeniedException(me.getUsername() + " may not change " + username + "'s state");
        }
        switch (change.state() == null ? "" : change.state()) {
            case "AVAILABLE" -> available(agent);
            case "BREAK" -> switchboard.takeBreak(onFloor(agent), reason(change.reason()));
            case "WRAP_UP_DONE" -> switchboard.finishWrapUp(onFloor(agent));
            case "LOGGED_OUT" -> switchboard.logOut(onFloor(agent));
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "state must be AVAILABLE, BREAK (with a reason), WRAP_UP_DONE or LOGGED_OUT");
        }
        if (!me.getUsername().equals(username)) {
            auditor.record(AuditAction.AGENT_STATE_FORCED, username, officeOf(agent), change.state());
        }
        return AgentJson.of(acd.agent(agent));
    }

    private void available(AgentId agent) {
        if (!acd.hasAgent(agent) || acd.agent(agent).presence() == AgentPresence.LOGGED_OUT) {
            if (!switchboard.logIn(agent)) {
                throw new ResponseStatusException(HttpStatus.CONFLICT,
                        agent + " is not a consultant with skills, so cannot take calls");
            }
        } else {
            switchboard.makeAvailable(agent);
        }
    }

    private AgentId onFloor(AgentId agent) {
        if (!acd.hasAgent(agent)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, agent + " is not logged in");
        }
        return agent;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "a break needs a reason of 1 to " + MAX_REASON + " characters, e.g. \"przerwa\"");
        }
        return reason.strip();
    }

    private boolean maySee(SignedInUser me, AgentId agent) {
        if (me.getUsername().equals(agent.value()) || me.isAdmin()) {
            return true;
        }
        boolean leads = me.has(Role.SUPERVISOR) || me.has(Role.OFFICE_ADMIN);
        return leads && officeOf(agent).filter(office -> me.office().filter(office::equals).isPresent()).isPresent();
    }

    private Optional<OfficeCode> officeOf(AgentId agent) {
        return Optional.of(agent.value()).filter(Username::isValid).map(Username::new).flatMap(users::find)
                .flatMap(User::office);
    }

    /** A requested state: AVAILABLE, BREAK with a reason, WRAP_UP_DONE or LOGGED_OUT. */
    record StateChange(String state, String reason) {
    }

    /** A consultant's state as the API shows it. */
    record AgentJson(String username, String presence, String activity, String breakReason, Instant idleSince,
            String contact) {

        static AgentJson of(AgentState state) {
            return new AgentJson(state.id().value(), state.presence().name(), state.activity().name(),
                    state.breakReason(), state.idleSince(), state.contact().orElse(null));
        }
    }
}
