package pl.infolinia.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthenticationFailuresTest {

    private final DigestAuthenticatorTest.MutableClock clock =
            new DigestAuthenticatorTest.MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final AuthenticationFailures failures = new AuthenticationFailures(3, Duration.ofMinutes(5), clock);

    @Test
    void blocksAnAddressThatKeepsGuessingUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.blocked("192.0.2.7")).isFalse();
            failures.record("192.0.2.7");
        }

        assertThat(failures.blocked("192.0.2.7")).isTrue();
        assertThat(failures.blocked("192.0.2.8")).as("other addresses go on").isFalse();

        clock.advance(Duration.ofMinutes(6));
        assertThat(failures.blocked("192.0.2.7")).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        failures.record("192.0.2.7");
        failures.record("192.0.2.7");
        failures.clear("192.0.2.7");
        failures.record("192.0.2.7");

        assertThat(failures.blocked("192.0.2.7")).isFalse();
    }
}
