package pl.infolinia.server.switchboard;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.switchboard.AgentDirectory;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/** Consultants as the ACD sees them: enabled users with the AGENT role and at least one skill. */
@Component
class UserAgents implements AgentDirectory {

    private final Users users;
    private final JdbcAgentSkills skills;

    UserAgents(Users users, JdbcAgentSkills skills) {
        this.users = users;
        this.skills = skills;
    }

    @Override
    public Optional<Agent> agent(AgentId id) {
        if (!Username.isValid(id.value())) {
            return Optional.empty();
        }
        Username username = new Username(id.value());
        return users.find(username).filter(User::enabled).filter(user -> user.has(Role.AGENT))
                .flatMap(user -> asAgent(user, skills.of(username)));
    }

    private static Optional<Agent> asAgent(User user, Map<String, Integer> skills) {
        return skills.isEmpty() ? Optional.empty()
                : Optional.of(new Agent(AgentId.of(user.username().value()), user.displayName(), skills));
    }
}
