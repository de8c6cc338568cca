package pl.infolinia.recording.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.infolinia.recording.quality.Forms.call;
import static pl.infolinia.recording.quality.Forms.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private final EvaluatedCall call = call("agent1", "dokumenty", "2026-12-01T09:00:00Z");

    @Test
    void weighsEachScoreByItsCriterion() {
        // (1*5 + 3*2 + 6*4) / (10*5) = 35 / 50
        assertThat(evaluation(call, 5, 2, 4).percent()).isEqualByComparingTo("70.0");
        // the heavy criterion dominates: a perfect greeting does not rescue a wrong answer
        assertThat(evaluation(call, 5, 5, 0).percent()).isEqualByComparingTo("40.0");
        assertThat(evaluation(call, 0, 0, 5).percent()).isEqualByComparingTo("60.0");
    }

    @Test
    void aPerfectCallIsAHundredAndASilentOneZero() {
        assertThat(evaluation(call, 5, 5, 5).percent()).isEqualByComparingTo("100.0");
        assertThat(evaluation(call, 0, 0, 0).percent()).isEqualByComparingTo("0.0");
    }

    @Test
    void roundsTheTotalToOneDecimalHalfUp() {
        // (1*1 + 3*1 + 6*1) / 50 = 20 %; (1*1 + 0 + 0) / 50 = 2 %; (1*4+3*3+6*3)/50 = 31/50 = 62 %
        assertThat(evaluation(call, 1, 0, 0).percent()).isEqualByComparingTo("2.0");
        EvaluationForm thirds = new EvaluationForm("f3", "KPRM", "Trzy", 1, List.of(
                new Criterion("a", Optional.empty(), 1), new Criterion("b", Optional.empty(), 1),
                new Criterion("c", Optional.empty(), 1)));
        Evaluation twoThirds = new Evaluation("e", call, thirds, "supervisor", Instant.EPOCH,
                List.of(new Score(5), new Score(5), new Score(0)), List.of(), Optional.empty());
        assertThat(twoThirds.percent()).isEqualByComparingTo("66.7");
    }

    @Test
    void needsAScoreForEveryCriterion() {
        assertThatThrownBy(() -> evaluation(call, 5, 5)).isInstanceOf(InvalidEvaluation.class)
                .hasMessageContaining("3 criteria");
    }

    @Test
    void refusesScoresOutsideZeroToFive() {
        assertThatThrownBy(() -> evaluation(call, 5, 6, 1)).isInstanceOf(InvalidEvaluation.class)
                .hasMessageContaining("0 to 5")
                .satisfies(e -> assertThat(((InvalidEvaluation) e).code()).isEqualTo("score.range"))
                .satisfies(e -> assertThat(((InvalidEvaluation) e).arguments()).containsExactly(5, "6"));
        assertThatThrownBy(() -> new Score(-1)).isInstanceOf(InvalidEvaluation.class);
    }

    @Test
    void refusesACommentPastTheEndOfTheCall() {
        // the call lasts 1:35
        assertThatThrownBy(() -> new Evaluation("e", call, Forms.kprmForm(), "supervisor", Instant.EPOCH,
                List.of(new Score(1), new Score(1), new Score(1)),
                List.of(new TimedComment(RecordingTime.parse("01:37"), "za późno")), Optional.empty()))
                .isInstanceOf(InvalidEvaluation.class).hasMessageContaining("01:37").hasMessageContaining("01:35");
    }

    @Test
    void keepsCommentsInTheOrderOfTheRecording() {
        Evaluation e = new Evaluation("e", call, Forms.kprmForm(), "supervisor", Instant.EPOCH,
                List.of(new Score(1), new Score(1), new Score(1)),
                List.of(new TimedComment(RecordingTime.parse("01:10"), "pożegnanie"),
                        new TimedComment(RecordingTime.parse("00:05"), "powitanie bez nazwy infolinii")),
                Optional.of("  "));
        assertThat(e.comments()).extracting(c -> c.at().text()).containsExactly("00:05", "01:10");
        assertThat(e.summary()).isEmpty();
    }

    @Test
    void aConsultantCannotEvaluateTheirOwnCall() {
        assertThatThrownBy(() -> new Evaluation("e", call, Forms.kprmForm(), "agent1", Instant.EPOCH,
                List.of(new Score(1), new Score(1), new Score(1)), List.of(), Optional.empty()))
                .isInstanceOf(InvalidEvaluation.class).hasMessageContaining("own call");
    }

    @Test
    void aFormOfAnotherOfficeCannotScoreTheCall() {
        EvaluationForm other = new EvaluationForm("f9", "MC", "Rozmowa", 1,
                List.of(new Criterion("a", Optional.empty(), 1)));
        assertThatThrownBy(() -> new Evaluation("e", call, other, "supervisor", Instant.EPOCH, List.of(new Score(1)),
                List.of(), Optional.empty())).isInstanceOf(InvalidEvaluation.class).hasMessageContaining("MC");
    }
}
