package pl.infolinia.server.recordingpolicy;

import java.util.Map;
import java.util.TreeMap;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicy;

/**
 * An office's recording policy as JSON: {@code {"mode": "ON_DEMAND", "pauseAllowed": true,
 * "queues": {"podatki": "NONE"}}}; {@code queues} lists only queues with a mode of their own.
 */
record PolicyJson(String mode, Boolean pauseAllowed, Map<String, String> queues) {

    static PolicyJson of(RecordingPolicy policy) {
        Map<String, String> queues = new TreeMap<>();
        policy.queueModes().forEach((queue, mode) -> queues.put(queue.value(), mode.name()));
        return new PolicyJson(policy.mode().name(), policy.pauseAllowed(), queues);
    }
}
