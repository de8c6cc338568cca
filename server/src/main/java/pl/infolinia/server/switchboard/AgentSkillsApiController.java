package pl.infolinia.server.switchboard;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;
import pl.infolinia.server.web.NotFound;

/**
 * A consultant's skills with levels ({@code {"dokumenty": 9, "rodzina": 5}}): read by the office's
 * supervisors and administrators, set by its administrators (ADMIN everywhere), audited. They take
 * effect at the consultant's next login, or at once while logged out.
 */
@RestController
@RequestMapping("/api/agents/{username}/skills")
class AgentSkillsApiController {

    private static final Pattern SKILL = Pattern.compile("[a-z0-9][a-z0-9_-]{0,59}");
    private static final int MAX_SKILLS = 100;

    private final Users users;
    private final JdbcAgentSkills skills;
    private final OfficeAccess access;
    private final Auditor auditor;

    AgentSkillsApiController(Users users, JdbcAgentSkills skills, OfficeAccess access, Auditor auditor) {
        this.users = users;
        this.skills = skills;
        this.access = access;
        this.auditor = auditor;
    }

    @GetMapping
    Map<String, Integer> skills(@PathVariable String username, @AuthenticationPrincipal SignedInUser me) {
        User agent = consultant(username);
        if (!me.getUsername().equals(username)) {
            access.requireRead(me, officeOf(agent));
            if (!me.isAdmin() && !me.has(Role.SUPERVISOR) && !me.has(Role.OFFICE_ADMIN)) {
                throw new org.springframework.security.access.AccessDeniedException(
                        me.getUsername() + " may not read " + username + "'s skills");
            }
        }
        return skills.of(agent.username());
    }

    @PutMapping
    Map<String, Integer> replace(@PathVariable String username, @RequestBody Map<String, Integer> wanted,
            @AuthenticationPrincipal SignedInUser me) {
        User agent = consultant(username);
        access.requireManage(me, officeOf(agent));
        Map<String, Integer> checked = checked(wanted);
        skills.replace(agent.username(), checked);
        auditor.record(AuditAction.AGENT_SKILLS_CHANGED, username, agent.office(), checked.toString());
        return skills.of(agent.username());
    }

    private User consultant(String username) {
        return Optional.of(username).filter(Username::isValid).map(Username::new).flatMap(users::find)
                .filter(user -> user.has(Role.AGENT))
                .orElseThrow(() -> new NotFound("consultant " + username));
    }

    private static OfficeCode officeOf(User agent) {
        return agent.office().orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                agent.username().value() + " belongs to no office"));
    }

    private static Map<String, Integer> checked(Map<String, Integer> wanted) {
        if (wanted.size() > MAX_SKILLS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most " + MAX_SKILLS + " skills");
        }
        Map<String, Integer> checked = new TreeMap<>();
        wanted.forEach((skill, level) -> {
            if (skill == null || !SKILL.matcher(skill).matches()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "a skill is a queue's topic in lower case, e.g. dokumenty; not '" + skill + "'");
            }
            if (level == null || level < 1 || level > 10) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "skill " + skill + " needs a level from 1 (can take it) to 10 (expert), not " + level);
            }
            checked.put(skill, level);
        });
        return checked;
    }
}
