package pl.infolinia.recording.archive;

import java.util.Optional;

/**
 * What the contact centre knows of the call a recording belongs to, read from its events when
 * the recording is archived; topic and outcome come with the consultant's wrap-up, often later.
 */
public record CallFacts(Optional<String> office, Optional<String> queue, Optional<String> consultant,
        Optional<String> callerNumber, Optional<String> topic, Optional<String> outcome) {

    public static CallFacts unknown() {
        return new CallFacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
