package pl.infolinia.contactcenter.hotline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.infolinia.contactcenter.ivr.FlowContext;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.contactcenter.ivr.InvalidFlow;
import pl.infolinia.contactcenter.ivr.IvrFlow;

/**
 * The published versions of every IVR flow, so that an admin's edit takes effect for new calls
 * without a restart while calls already in a flow finish on the version they started with.
 *
 * <p>Only valid flows are published: {@link #publish} checks first and changes nothing on
 * {@link InvalidFlow}. Thread-safe. Keeps versions in memory; the server persists the YAML.
 */
public final class FlowLibrary {

    private final Clock clock;
    private final Map<String, List<FlowVersion>> versions = new HashMap<>();

    public FlowLibrary(Clock clock) {
        this.clock = clock;
    }

    /**
     * Checks and publishes a flow under the name it declares, as the next version.
     *
     * @throws InvalidFlow with every problem, if the flow is not valid in {@code context}
     */
    public synchronized FlowVersion publish(String source, String yaml, FlowContext context) {
        IvrFlow flow = FlowLoader.load(source, yaml, context);
        List<FlowVersion> history = versions.computeIfAbsent(flow.name(), n -> new ArrayList<>());
        FlowVersion published = new FlowVersion(flow.name(), history.size() + 1, flow, yaml, clock.instant());
        history.add(published);
        return published;
    }

    /** The version new calls use. */
    public synchronized Optional<FlowVersion> current(String name) {
        List<FlowVersion> history = versions.getOrDefault(name, List.of());
        return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast());
    }

    /** Every version of the flow, oldest first. */
    public synchronized List<FlowVersion> history(String name) {
        return List.copyOf(versions.getOrDefault(name, List.of()));
    }
}
