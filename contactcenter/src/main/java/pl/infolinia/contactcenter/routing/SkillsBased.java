package pl.infolinia.contactcenter.routing;

/** The agent with the highest level in the queue's skill; among equals, the longest idle. */
public record SkillsBased() implements RoutingStrategy {

    @Override
    public String configName() {
        return "skills-based";
    }
}
