package pl.infolinia.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.EndpointRegistered;
import pl.infolinia.telephony.EndpointUnregistered;
import pl.infolinia.telephony.TelephonyEvent;

class RegistrationsTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private final List<TelephonyEvent> events = new ArrayList<>();
    private final Registrations registrations = new Registrations(events::add);

    private static Registrations.Binding binding(String contact, int seconds) {
        return new Registrations.Binding(contact, T0.plusSeconds(seconds), "call", 1);
    }

    @Test
    void keepsSeveralContactsPerUser() {
        registrations.update("agent1001", binding("sip:agent1001@10.0.0.1", 3600), T0);
        registrations.update("agent1001", binding("sip:agent1001@10.0.0.2", 600), T0);

        assertThat(registrations.endpoint("agent1001", T0).orElseThrow().contacts())
                .extracting(c -> c.uri()).containsExactlyInAnyOrder("sip:agent1001@10.0.0.1", "sip:agent1001@10.0.0.2");
    }

    @Test
    void aRefreshReplacesTheContactsExpiry() {
        registrations.update("agent1001", binding("sip:a@h", 60), T0);
        registrations.update("agent1001", binding("sip:a@h", 3600), T0.plusSeconds(30));

        assertThat(registrations.of("agent1001", T0.plusSeconds(120))).extracting(Registrations.Binding::expires)
                .containsExactly(T0.plusSeconds(3600));
    }

    @Test
    void expiredContactsDisappearAndAreReported() {
        registrations.update("agent1001", binding("sip:a@h", 60), T0);
        registrations.update("agent1002", binding("sip:b@h", 600), T0);

        registrations.purge(T0.plusSeconds(61));

        assertThat(registrations.endpoints(T0.plusSeconds(61))).extracting(e -> e.user()).containsExactly("agent1002");
        assertThat(events).containsExactly(
                new EndpointRegistered("agent1001", "sip:a@h", T0.plusSeconds(60)),
                new EndpointRegistered("agent1002", "sip:b@h", T0.plusSeconds(600)),
                new EndpointUnregistered("agent1001", "sip:a@h"));
    }

    @Test
    void expiresZeroRemovesOneContactAndStarRemovesAll() {
        registrations.update("u", binding("sip:1@h", 600), T0);
        registrations.update("u", binding("sip:2@h", 600), T0);
        registrations.update("u", binding("sip:3@h", 600), T0);

        registrations.update("u", new Registrations.Binding("sip:1@h", T0, "call", 2), T0);
        assertThat(registrations.of("u", T0)).hasSize(2);

        registrations.removeAll("u");
        assertThat(registrations.endpoint("u", T0)).isEmpty();
        assertThat(events.stream().filter(EndpointUnregistered.class::isInstance)).hasSize(3);
    }
}
