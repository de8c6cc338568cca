package pl.infolinia.server.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.server.user.Username;

/**
 * What the demo consultants can take: the Chancellery's front line ({@code agent1}…{@code agent4})
 * takes every topic of the demo hotline at level 5, each with two topics they know best (level 9),
 * so that skills-based routing has something to choose by. Other offices' consultants take no
 * hotline calls.
 */
final class DemoSkills {

    static final int USUAL = 5;
    static final int EXPERT = 9;

    private DemoSkills() {
    }

    /** Skill → level of a demo front-line consultant, by their number from 1. */
    static Map<String, Integer> ofFrontLineAgent(int number) {
        List<String> topics = DemoHotline.QUEUES;
        Map<String, Integer> skills = new LinkedHashMap<>();
        topics.forEach(topic -> skills.put(topic, USUAL));
        skills.put(topics.get((2 * (number - 1)) % topics.size()), EXPERT);
        skills.put(topics.get((2 * (number - 1) + 1) % topics.size()), EXPERT);
        return skills;
    }

    /** The front-line consultants' names with their skills. */
    static Map<Username, Map<String, Integer>> frontLine() {
        Map<Username, Map<String, Integer>> all = new LinkedHashMap<>();
        for (int number = 1; number <= DemoUsers.FRONT_OFFICE_AGENTS; number++) {
            all.put(new Username("agent" + number), ofFrontLineAgent(number));
        }
        return all;
    }
}
