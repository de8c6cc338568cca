package pl.infolinia.recording.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationFormTest {

    @Test
    void theNextVersionKeepsOfficeAndNameAndLeavesTheOldOneAsItWas() {
        EvaluationForm first = Forms.kprmForm();
        EvaluationForm second = first.nextVersion("f2", List.of(new Criterion("Empatia", Optional.empty(), 2)));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.office()).isEqualTo("KPRM");
        assertThat(second.name()).isEqualTo(first.name());
        assertThat(first.criteria()).hasSize(3);
        assertThat(first.totalWeight()).isEqualTo(10);
    }

    @Test
    void refusesAFormWithoutCriteriaOrWithACriterionTwice() {
        assertThatThrownBy(() -> new EvaluationForm("f", "KPRM", "Pusty", 1, List.of()))
                .isInstanceOf(InvalidEvaluation.class).hasMessageContaining("1 to 30 criteria");
        assertThatThrownBy(() -> new EvaluationForm("f", "KPRM", "Dwa razy", 1, List.of(
                new Criterion("Powitanie", Optional.empty(), 1), new Criterion("powitanie ", Optional.empty(), 2))))
                .isInstanceOf(InvalidEvaluation.class).hasMessageContaining("twice");
    }

    @Test
    void refusesWeightsOutsideOneToAHundredAndBlankNames() {
        assertThatThrownBy(() -> new Criterion("Powitanie", Optional.empty(), 0)).isInstanceOf(InvalidEvaluation.class)
                .hasMessageContaining("weight 1 to 100");
        assertThatThrownBy(() -> new Criterion("Powitanie", Optional.empty(), 101)).isInstanceOf(InvalidEvaluation.class);
        assertThatThrownBy(() -> new Criterion("  ", Optional.empty(), 1)).isInstanceOf(InvalidEvaluation.class);
    }
}
