package pl.infolinia.recording.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Forms, calls and evaluations for the tests of this package. */
final class Forms {

    private Forms() {
    }

    /** Greeting weight 1, identifying the need weight 3, correct answer weight 6. */
    static EvaluationForm kprmForm() {
        return new EvaluationForm("f1", "KPRM", "Rozmowa z obywatelem", 1, List.of(
                new Criterion("Powitanie", Optional.of("Nazwa infolinii i imię"), 1),
                new Criterion("Rozpoznanie sprawy", Optional.empty(), 3),
                new Criterion("Poprawna odpowiedź", Optional.empty(), 6)));
    }

    static EvaluatedCall call(String consultant, String queue, String started) {
        return new EvaluatedCall("r-" + UUID.randomUUID(), "c-" + UUID.randomUUID(), "KPRM", Optional.ofNullable(queue), consultant,
                Instant.parse(started), Duration.ofSeconds(95));
    }

    static Evaluation evaluation(EvaluatedCall call, int... points) {
        return new Evaluation(UUID.randomUUID().toString(), call, kprmForm(), "supervisor", Instant.parse("2026-12-06T12:00:00Z"),
                Arrays.stream(points).mapToObj(Score::new).toList(), List.of(), Optional.empty());
    }
}
