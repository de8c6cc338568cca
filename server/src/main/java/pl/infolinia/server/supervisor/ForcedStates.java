package pl.infolinia.server.supervisor;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;
import pl.infolinia.server.web.NotFound;

/**
 * A supervisor sets a consultant of their office available, on a break with a reason, or logged
 * out, through the switchboard; audited as {@link AuditAction#AGENT_STATE_FORCED}, as the agents
 * API does.
 */
@Component
@ConditionalOnWebApplication // the switchboard runs only in the web application, not in command-line tools
class ForcedStates {

    static final int MAX_REASON = 60;

    /** What came of a forced state. */
    enum Outcome { DONE, NOT_A_CONSULTANT, NOT_LOGGED_IN, REASON_NEEDED, UNKNOWN_STATE }

    private final Switchboard switchboard;
    private final Acd acd;
    private final Users users;
    private final WallboardAccess access;
    private final Auditor auditor;

    ForcedStates(Switchboard switchboard, Acd acd, Users users, WallboardAccess access, Auditor auditor) {
        this.switchboard = switchboard;
        this.acd = acd;
        this.users = users;
        this.access = access;
        this.auditor = auditor;
    }

    /**
     * @param state AVAILABLE, BREAK (with {@code reason}) or LOGGED_OUT
     * @throws NotFound                                                    for no such consultant
     * @throws org.springframework.security.access.AccessDeniedException for another office's consultant
     */
    Outcome force(SignedInUser me, String username, String state, String reason) {
        User consultant = Optional.ofNullable(username).filter(Username::isValid).map(Username::new)
                .flatMap(users::find).filter(user -> user.has(Role.AGENT) && user.office().isPresent())
                .orElseThrow(() -> new NotFound("consultant " + username));
        access.requireLead(me, consultant.office().get());
        AgentId agent = AgentId.of(username);
        String text = reason == null ? "" : reason.strip();
        Outcome outcome = switch (state == null ? "" : state) {
            case "AVAILABLE" -> available(agent);
            case "BREAK" -> text.isEmpty() || text.length() > MAX_REASON ? Outcome.REASON_NEEDED
                    : onFloor(agent, () -> switchboard.takeBreak(agent, text));
            case "LOGGED_OUT" -> onFloor(agent, () -> switchboard.logOut(agent));
            default -> Outcome.UNKNOWN_STATE;
        };
        if (outcome == Outcome.DONE) {
            auditor.record(AuditAction.AGENT_STATE_FORCED, username, consultant.office(),
                    "BREAK".equals(state) ? state + " " + text : state);
        }
        return outcome;
    }

    private Outcome available(AgentId agent) {
        if (!acd.hasAgent(agent) || acd.agent(agent).presence() == AgentPresence.LOGGED_OUT) {
            return switchboard.logIn(agent) ? Outcome.DONE : Outcome.NOT_A_CONSULTANT;
        }
        switchboard.makeAvailable(agent);
        return Outcome.DONE;
    }

    private Outcome onFloor(AgentId agent, Runnable change) {
        if (!acd.hasAgent(agent) || acd.agent(agent).presence() == AgentPresence.LOGGED_OUT) {
            return Outcome.NOT_LOGGED_IN;
        }
        change.run();
        return Outcome.DONE;
    }
}
