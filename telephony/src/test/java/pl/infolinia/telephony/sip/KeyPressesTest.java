package pl.infolinia.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeyPressesTest {

    @Test
    void givesKeysInOrderAndEmptyWhenNoneCame() {
        KeyPresses keys = new KeyPresses();
        keys.pressed('1');
        keys.pressed('#');

        assertThat(keys.next(Duration.ZERO)).contains('1');
        assertThat(keys.next(Duration.ZERO)).contains('#');
        assertThat(keys.next(Duration.ofMillis(1))).isEmpty();
    }

    @Test
    void aHangUpAnswersEveryLaterReadAtOnce() {
        KeyPresses keys = new KeyPresses();
        keys.hungUp();

        assertThat(keys.next(Duration.ofHours(1))).isEmpty();
        assertThat(keys.next(Duration.ofHours(1))).isEmpty();
        assertThat(keys.awaitHungUp(Duration.ZERO)).isTrue();
    }
}
