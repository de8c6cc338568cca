package pl.infolinia.contactcenter.routing;

/** Every free agent of the queue at once; the first to answer takes the call. */
public record RingAll() implements RoutingStrategy {

    @Override
    public String configName() {
        return "ring-all";
    }
}
