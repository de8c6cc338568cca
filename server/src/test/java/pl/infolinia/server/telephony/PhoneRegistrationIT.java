package pl.infolinia.server.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.infolinia.server.support.FreePort;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.telephony.Endpoint;
import pl.infolinia.telephony.Telephony;

/**
 * A real SIP phone (SIPp, Debian's sip-tester) registers with the server as a demo consultant,
 * with the same name and password as the web login; others are refused.
 */
@InfoliniaTest
class PhoneRegistrationIT {

    private static final Path SCENARIO =
            Path.of("../telephony/src/test/resources/sip-testkit/scenarios/agent-register.xml").toAbsolutePath();

    @Autowired
    Telephony telephony;

    @Test
    void aConsultantsPhoneRegistersWithTheirLoginAndPassword() throws Exception {
        Process phone = register("agent2", InfoliniaTest.DEMO_PASSWORD, 3000);

        await().atMost(Duration.ofSeconds(10)).until(() -> telephony.endpoint("agent2").isPresent());
        assertThat(telephony.endpoints()).extracting(Endpoint::user).contains("agent2");
        assertThat(finish(phone)).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> telephony.endpoint("agent2").isEmpty());
    }

    @Test
    void aWrongPasswordOrAUserWithoutAPhoneRoleIsRefused() throws Exception {
        assertThat(finish(register("agent3", "not-the-password", 100))).isNotZero();
        assertThat(finish(register("kbeditor", InfoliniaTest.DEMO_PASSWORD, 100))).isNotZero();

        assertThat(telephony.endpoint("agent3")).isEmpty();
        assertThat(telephony.endpoint("kbeditor")).isEmpty();
    }

    private Process register(String user, String password, int holdMillis) throws IOException {
        Path work = Files.createTempDirectory("sipp");
        List<String> command = new ArrayList<>(List.of("sipp", "127.0.0.1:" + telephony.sipPort(), "-sf",
                SCENARIO.toString(), "-i", "127.0.0.1", "-p", Integer.toString(FreePort.find()), "-s", user,
                "-au", user, "-ap", password, "-m", "1", "-set", "reg_hold_ms", Integer.toString(holdMillis),
                "-nostdin", "-timeout", "30"));
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("sipp.out").toFile()).start();
    }

    private static int finish(Process sipp) throws InterruptedException {
        if (!sipp.waitFor(40, TimeUnit.SECONDS)) {
            sipp.destroyForcibly();
            throw new IllegalStateException("SIPp did not finish");
        }
        return sipp.exitValue();
    }
}
