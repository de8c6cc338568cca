package pl.infolinia.contactcenter.routing;

/** The agent who has waited longest since their last call, so that work spreads evenly. */
public record LongestIdle() implements RoutingStrategy {

    @Override
    public String configName() {
        return "longest-idle";
    }
}
