package pl.infolinia.contactcenter.routing;

/** The next agent after the one last picked for this queue, in order of agent id, wrapping around. */
public record RoundRobin() implements RoutingStrategy {

    @Override
    public String configName() {
        return "round-robin";
    }
}
