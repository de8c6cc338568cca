package pl.infolinia.contactcenter.agent;

import java.util.Map;
import java.util.Objects;

/**
 * A consultant as routing sees them: their login, display name and skills with levels.
 *
 * <p>A level runs from 1 (can take the topic) to 10 (the office's expert); a queue is served by
 * agents holding its skill, and skills-based routing prefers the higher level.
 */
public record Agent(AgentId id, String name, Map<String, Integer> skills) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 10;

    public Agent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        skills.forEach((skill, level) -> {
            if (level < MIN_LEVEL || level > MAX_LEVEL) {
                throw new IllegalArgumentException("skill " + skill + " of " + id + " must be 1..10, not " + level);
            }
        });
        skills = Map.copyOf(skills);
    }

    /** The agent's level in a skill, 0 if they do not have it. */
    public int level(String skill) {
        return skills.getOrDefault(skill, 0);
    }
}
