package pl.infolinia.server.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    private final Thresholds limits = new Thresholds(3, 6, 30, 60, 80, 60);

    @Test
    void figuresTurnAmberAndRedAtTheirThresholds() {
        assertThat(limits.waiting(2)).isEqualTo(Level.NORMAL);
        assertThat(limits.waiting(3)).isEqualTo(Level.AMBER);
        assertThat(limits.waiting(6)).isEqualTo(Level.RED);
        assertThat(limits.longestWait(Duration.ofSeconds(29))).isEqualTo(Level.NORMAL);
        assertThat(limits.longestWait(Duration.ofSeconds(30))).isEqualTo(Level.AMBER);
        assertThat(limits.longestWait(Duration.ofMinutes(5))).isEqualTo(Level.RED);
        assertThat(limits.serviceLevel(OptionalInt.of(81))).isEqualTo(Level.NORMAL);
        assertThat(limits.serviceLevel(OptionalInt.of(80))).isEqualTo(Level.AMBER);
        assertThat(limits.serviceLevel(OptionalInt.of(60))).isEqualTo(Level.RED);
        assertThat(limits.serviceLevel(OptionalInt.empty())).isEqualTo(Level.NORMAL);
    }

    @Test
    void amberMustComeBeforeRed() {
        assertThatThrownBy(() -> new Thresholds(6, 6, 30, 60, 80, 60))
                .isInstanceOfSatisfying(Thresholds.InvalidThresholds.class, e -> assertThat(e.field()).isEqualTo("waiting"));
        assertThatThrownBy(() -> new Thresholds(3, 6, 60, 30, 80, 60))
                .isInstanceOfSatisfying(Thresholds.InvalidThresholds.class, e -> assertThat(e.field()).isEqualTo("longestWait"));
        assertThatThrownBy(() -> new Thresholds(3, 6, 30, 60, 60, 80))
                .isInstanceOfSatisfying(Thresholds.InvalidThresholds.class, e -> assertThat(e.field()).isEqualTo("serviceLevel"));
    }
}
