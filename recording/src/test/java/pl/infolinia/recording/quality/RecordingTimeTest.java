package pl.infolinia.recording.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecordingTimeTest {

    @Test
    void readsAndWritesMinutesAndSeconds() {
        assertThat(RecordingTime.parse("01:25").offset()).isEqualTo(Duration.ofSeconds(85));
        assertThat(RecordingTime.parse(" 75:02 ").offset()).isEqualTo(Duration.ofSeconds(75 * 60 + 2));
        assertThat(RecordingTime.ofSeconds(85).text()).isEqualTo("01:25");
        assertThat(RecordingTime.ofSeconds(5).text()).isEqualTo("00:05");
    }

    @Test
    void refusesWhatIsNotMinutesAndSeconds() {
        for (String bad : new String[] {"1:5", "01:60", "85", "", "aa:bb", "-1:00"}) {
            assertThatThrownBy(() -> RecordingTime.parse(bad)).as(bad).isInstanceOf(InvalidEvaluation.class)
                    .hasMessageContaining("mm:ss");
        }
    }
}
