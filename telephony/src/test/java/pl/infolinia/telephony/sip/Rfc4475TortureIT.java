package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;
import pl.infolinia.telephony.SipCredentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.TelephonySettings;

/**
 * The 50 RFC 4475 torture messages, sent byte-exact by the testkit's tool: afterwards the engine
 * still answers OPTIONS on UDP and TCP, registers a phone and completes a normal call.
 */
class Rfc4475TortureIT {

    private SipTelephony engine;

    @BeforeEach
    void start() {
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next()),
                SipCredentials.fromPasswords(user -> Optional.ofNullable(Map.of("agent1001", "secret").get(user))));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void keepsWorkingAfterEveryTortureMessage() throws Exception {
        int threadsBefore = Thread.activeCount();
        ProcessBuilder tool = new ProcessBuilder("bash", Sipp.KIT.resolve("tools/send-rfc4475.sh").toString(),
                "127.0.0.1:" + engine.sipPort()).redirectErrorStream(true);
        tool.environment().put("GAP", "0.05");
        Process sender = tool.start();
        sender.getOutputStream().close();
        String sent = new String(sender.getInputStream().readAllBytes());
        assertThat(sender.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(sender.exitValue()).as(sent).isZero();
        try (var files = Files.list(Sipp.KIT.resolve("rfc4475"))) {
            long messages = files.filter(f -> f.toString().endsWith(".dat")).count();
            assertThat(sent.lines().count()).isEqualTo(messages).isEqualTo(50);
        }

        try (UdpSipClient client = new UdpSipClient(engine.sipPort())) {
            assertThat(client.exchange(client.options("", ""))).contains("SIP/2.0 200 OK");
        }
        Sipp.Run tcp = Sipp.run(engine.sipPort(), "selftest/options-ping.xml", FreePorts.next(),
                "-s", "ping", "-m", "1", "-t", "t1");
        Sipp.Run register = Sipp.run(engine.sipPort(), "scenarios/agent-register.xml", FreePorts.next(),
                "-s", "agent1001", "-au", "agent1001", "-ap", "secret", "-m", "1", "-set", "reg_hold_ms", "200");
        // and a normal call, set up only now so that the torture INVITEs (Via 192.0.2.x) got 480
        CompletableFuture<Optional<Character>> digit = new CompletableFuture<>();
        engine.onIncomingCall(caller -> {
            caller.answer();
            digit.complete(caller.readDigit(Duration.ofSeconds(10)));
            caller.hangup();
        });
        Sipp.Run call = Sipp.run(engine.sipPort(), "scenarios/caller-ivr.xml", FreePorts.next(),
                "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()), "-set", "digit", "9",
                "-set", "dtmf_delay_ms", "1000");
        assertThat(tcp.exitCode()).as(tcp.output()).isZero();
        assertThat(register.exitCode()).as(register.output()).isZero();
        assertThat(call.exitCode()).as(call.output()).isZero();
        assertThat(digit.get(5, TimeUnit.SECONDS)).contains('9');
        assertThat(Thread.activeCount()).as("no thread per bad message").isLessThan(threadsBefore + 20);
    }

}
