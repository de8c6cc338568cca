package pl.infolinia.server.switchboard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.infolinia.server.user.Username;

/** Each consultant's skills with levels, in the {@code agent_skill} table. */
@Repository
public class JdbcAgentSkills {

    private final JdbcClient jdbc;

    JdbcAgentSkills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Skill → level (1-10); empty for a user who takes no calls. */
    public Map<String, Integer> of(Username username) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        jdbc.sql("select skill, skill_level from agent_skill where username = ? order by skill")
                .param(username.value())
                .query((row, number) -> Map.entry(row.getString("skill"), row.getInt("skill_level")))
                .list().forEach(skill -> skills.put(skill.getKey(), skill.getValue()));
        return skills;
    }

    /** Sets the user's skills to exactly these. */
    @Transactional
    public void replace(Username username, Map<String, Integer> skills) {
        jdbc.sql("delete from agent_skill where username = ?").param(username.value()).update();
        skills.forEach((skill, level) -> jdbc.sql("insert into agent_skill (username, skill, skill_level) values (?, ?, ?)")
                .params(username.value(), skill, level).update());
    }
}
