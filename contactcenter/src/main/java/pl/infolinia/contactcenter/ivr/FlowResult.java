package pl.infolinia.contactcenter.ivr;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an IVR run produced: how it ended, and the context that travels with the call to the
 * consultant or office: the topic chosen, the nodes passed through, and any digits collected.
 */
public record FlowResult(FlowOutcome outcome, Optional<String> topic, List<String> path, Map<String, String> collected) {

    public FlowResult {
        path = List.copyOf(path);
        collected = Map.copyOf(collected);
    }
}
