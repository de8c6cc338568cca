package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.SipCredentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigestAuthenticatorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final DigestAuthenticator authenticator = new DigestAuthenticator("infolinia",
            SipCredentials.fromPasswords(user -> user.equals("agent1001") ? Optional.of("secret") : Optional.empty()), clock);

    /** What a phone computes from the challenge (RFC 2617 §3.2.2, qop=auth). */
    private DigestResponse phoneAnswer(String user, String password, String nonce) {
        String ha1 = DigestAuthenticator.md5(user + ":infolinia:" + password);
        String ha2 = DigestAuthenticator.md5("REGISTER:sip:127.0.0.1:5060");
        String response = DigestAuthenticator.md5(ha1 + ":" + nonce + ":00000001:0a4f113b:auth:" + ha2);
        return new DigestResponse(user, "infolinia", nonce, "sip:127.0.0.1:5060", response, "MD5", "auth",
                "00000001", "0a4f113b");
    }

    private String nonceOfChallenge() {
        Matcher matcher = Pattern.compile("nonce=\"([^\"]+)\"").matcher(authenticator.challenge(false));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void acceptsTheRightPassword() {
        assertThat(authenticator.verify(phoneAnswer("agent1001", "secret", nonceOfChallenge()), "REGISTER"))
                .isEqualTo(DigestAuthenticator.Verdict.ACCEPTED);
    }

    @Test
    void refusesAWrongPasswordAnUnknownUserAndAnotherMethod() {
        String nonce = nonceOfChallenge();

        assertThat(authenticator.verify(phoneAnswer("agent1001", "Secret", nonce), "REGISTER"))
                .isEqualTo(DigestAuthenticator.Verdict.REFUSED);
        assertThat(authenticator.verify(phoneAnswer("nobody", "secret", nonce), "REGISTER"))
                .isEqualTo(DigestAuthenticator.Verdict.REFUSED);
        assertThat(authenticator.verify(phoneAnswer("agent1001", "secret", nonce), "INVITE"))
                .isEqualTo(DigestAuthenticator.Verdict.REFUSED);
    }

    @Test
    void refusesANonceItDidNotIssue() {
        String forged = new DigestAuthenticator("infolinia", SipCredentials.fromPasswords(user -> Optional.of("secret")), clock).nonce(clock.millis());

        assertThat(authenticator.verify(phoneAnswer("agent1001", "secret", forged), "REGISTER"))
                .isEqualTo(DigestAuthenticator.Verdict.REFUSED);
        assertThat(authenticator.verify(phoneAnswer("agent1001", "secret", "bm90LWEtbm9uY2U"), "REGISTER"))
                .isEqualTo(DigestAuthenticator.Verdict.REFUSED);
    }

    @Test
    void reportsAnOldNonceWithTheRightPasswordAsStale() {
        String nonce = nonceOfChallenge();
        clock.advance(Duration.ofMinutes(6));

        assertThat(authenticator.verify(phoneAnswer("agent1001", "secret", nonce), "REGISTER"))
                .isEqualTo(DigestAuthenticator.Verdict.STALE);
        assertThat(authenticator.challenge(true)).contains("stale=TRUE").contains("qop=\"auth\"");
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
