package pl.infolinia.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new BCryptPasswordEncoder(4));

    @Test
    void computesTheSipHa1OfRfc2617() {
        // echo -n "agent1:infolinia:secret" | md5sum
        assertThat(PasswordHasher.sipHa1("agent1", "secret")).isEqualTo("745b8a73674747bfefc9e34f57cac183");
    }

    @Test
    void keepsABcryptHashThatMatchesAndAnHa1PerUser() {
        StoredPassword agent1 = hasher.hash(new Username("agent1"), "long-password-1");
        StoredPassword agent2 = hasher.withBcrypt(new Username("agent2"), "long-password-1", agent1.bcryptHash());

        assertThat(new BCryptPasswordEncoder().matches("long-password-1", agent1.bcryptHash())).isTrue();
        assertThat(agent1.bcryptHash()).doesNotContain("long-password-1");
        assertThat(agent1.sipHa1()).hasSize(32).isNotEqualTo(agent2.sipHa1());
    }
}
