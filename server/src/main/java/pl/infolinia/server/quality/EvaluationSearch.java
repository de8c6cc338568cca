package pl.infolinia.server.quality;

import java.time.Instant;
import java.util.Optional;

/** Which evaluations to read: filters that are empty match everything; calls dated by their start. */
record EvaluationSearch(Optional<String> office, Optional<String> consultant, Optional<String> recording,
        Optional<Instant> from, Optional<Instant> to, int limit) {

    static EvaluationSearch ofRecording(String recording) {
        return new EvaluationSearch(Optional.empty(), Optional.empty(), Optional.of(recording), Optional.empty(),
                Optional.empty(), 100);
    }

    EvaluationSearch inOffice(String own) {
        return new EvaluationSearch(Optional.of(own), consultant, recording, from, to, limit);
    }

    EvaluationSearch ofConsultant(String own) {
        return new EvaluationSearch(office, Optional.of(own), recording, from, to, limit);
    }
}
