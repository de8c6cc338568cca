package pl.infolinia.contactcenter.routing;

/**
 * How a queue picks among the agents who could take its next call.
 *
 * <p>{@link RingAll} is the only strategy that rings more than one agent for one call; the
 * first to answer takes it and the others stop ringing.
 */
public sealed interface RoutingStrategy permits LongestIdle, SkillsBased, RoundRobin, RingAll {

    /** The name used in configuration files, e.g. {@code longest-idle}. */
    String configName();

    static RoutingStrategy fromConfigName(String name) {
        return switch (name) {
            case "longest-idle" -> new LongestIdle();
            case "skills-based" -> new SkillsBased();
            case "round-robin" -> new RoundRobin();
            case "ring-all" -> new RingAll();
            default -> throw new IllegalArgumentException("unknown routing strategy '" + name
                    + "'; use longest-idle, skills-based, round-robin or ring-all");
        };
    }
}
