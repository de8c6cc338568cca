package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;
import pl.infolinia.telephony.SipCredentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.EndpointRegistered;
import pl.infolinia.telephony.EndpointUnregistered;
import pl.infolinia.telephony.TelephonyEvent;
import pl.infolinia.telephony.TelephonySettings;

/** The registrar against SIPp's agent-register.xml from the testkit: digest, expiry, options. */
class SipRegistrarIT {

    private SipTelephony engine;
    private final List<TelephonyEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next()),
                SipCredentials.fromPasswords(user -> Optional.ofNullable(Map.of("agent1001", "secret", "agent1002", "tajne").get(user))));
        engine.subscribe(events::add);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void agentWithTheRightPasswordRegistersAndUnregisters() throws Exception {
        Sipp.Run run = Sipp.run(engine.sipPort(), "scenarios/agent-register.xml", FreePorts.next(),
                "-s", "agent1001", "-au", "agent1001", "-ap", "secret", "-m", "1", "-set", "reg_hold_ms", "500");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(EndpointRegistered.class, e -> {
            assertThat(e.user()).isEqualTo("agent1001");
            assertThat(e.contact()).startsWith("sip:agent1001@127.0.0.1:");
        });
        assertThat(events.get(1)).isInstanceOf(EndpointUnregistered.class);
        assertThat(engine.endpoints()).isEmpty();
    }

    @Test
    void agentWithAWrongPasswordIsRefused() throws Exception {
        Sipp.Run run = Sipp.run(engine.sipPort(), "scenarios/agent-register.xml", FreePorts.next(),
                "-s", "agent1001", "-au", "agent1001", "-ap", "guessed", "-m", "1");

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("403");
        assertThat(events).isEmpty();
        assertThat(engine.endpoint("agent1001")).isEmpty();
    }

    @Test
    void oneUserMayNotRegisterAsAnother() throws Exception {
        Sipp.Run run = Sipp.run(engine.sipPort(), "scenarios/agent-register.xml", FreePorts.next(),
                "-s", "agent1001", "-au", "agent1002", "-ap", "tajne", "-m", "1");

        assertThat(run.exitCode()).isNotZero();
        assertThat(engine.endpoints()).isEmpty();
    }

    @Test
    void keepsSeveralPhonesOfOneUserWithTheirExpiry() throws Exception {
        // two phones on different ports, each staying 4 s; both contacts are held meanwhile
        List<String> options = List.of("-s", "agent1001", "-au", "agent1001", "-ap", "secret", "-m", "1",
                "-set", "reg_hold_ms", "4000", "-set", "expires", "120");
        Thread first = Thread.ofVirtual().start(() -> runQuietly(options));
        Thread second = Thread.ofVirtual().start(() -> runQuietly(options));

        Awaitility.await().atMost(Duration.ofSeconds(4))
                .until(() -> engine.endpoint("agent1001").map(e -> e.contacts().size()).orElse(0) == 2);
        assertThat(engine.endpoint("agent1001").orElseThrow().contacts())
                .allSatisfy(c -> assertThat(c.expires()).isBetween(Instant.now().plusSeconds(100),
                        Instant.now().plusSeconds(121)));
        first.join();
        second.join();
        assertThat(engine.endpoint("agent1001")).isEmpty();
    }

    private void runQuietly(List<String> options) {
        try {
            Sipp.run(engine.sipPort(), "scenarios/agent-register.xml", FreePorts.next(), options);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void answersOptionsOnUdpAndTcp() throws Exception {
        Sipp.Run udp = Sipp.run(engine.sipPort(), "selftest/options-ping.xml", FreePorts.next(), "-s", "ping", "-m", "1");
        Sipp.Run tcp = Sipp.run(engine.sipPort(), "selftest/options-ping.xml", FreePorts.next(),
                "-s", "ping", "-m", "1", "-t", "t1");

        assertThat(udp.exitCode()).as(udp.output()).isZero();
        assertThat(tcp.exitCode()).as(tcp.output()).isZero();
    }
}
