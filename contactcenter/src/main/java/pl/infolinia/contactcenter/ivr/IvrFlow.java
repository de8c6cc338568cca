package pl.infolinia.contactcenter.ivr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A validated IVR flow: its name, its start node, its nodes in file order, and the Polish text
 * of its prompts (what a recorded or generated WAV of each name must say).
 *
 * <p>Obtained from {@link FlowLoader}, which refuses flows with dangling references, unknown
 * queues or offices, unreachable nodes or loops that never wait for the caller.
 */
public record IvrFlow(String name, String start, Map<String, IvrNode> nodes, Map<String, String> promptTexts) {

    public IvrFlow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        promptTexts = Collections.unmodifiableMap(new LinkedHashMap<>(promptTexts));
    }

    public IvrNode node(String id) {
        IvrNode node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("flow " + name + " has no node " + id);
        }
        return node;
    }
}
