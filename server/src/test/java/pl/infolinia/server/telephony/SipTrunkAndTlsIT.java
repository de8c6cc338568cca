package pl.infolinia.server.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.infolinia.server.support.FreePort;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.testkit.Sipp;
import pl.infolinia.telephony.testkit.TlsSipClient;

/**
 * The server's engine as the trunk and TLS settings configure it: SIPp as the carrier reaches only
 * the trunk's numbers, a stranger reaches no trunk number, and a phone pings over TLS with the
 * configured key store.
 */
@InfoliniaTest
class SipTrunkAndTlsIT {

    private static final String KEY_STORE_PASSWORD = "tls-test-password";
    private static final int TLS_PORT = FreePort.find();
    private static final Path KEY_STORE = keyStore();

    @Autowired
    Telephony telephony;

    @DynamicPropertySource
    static void sip(DynamicPropertyRegistry registry) {
        registry.add("infolinia.sip.trunk.addresses", () -> "127.0.0.1");
        registry.add("infolinia.sip.trunk.inbound", () -> "222500115");
        registry.add("infolinia.sip.tls.port", () -> Integer.toString(TLS_PORT));
        registry.add("infolinia.sip.tls.keystore", KEY_STORE::toString);
        registry.add("infolinia.sip.tls.keystore.password", () -> KEY_STORE_PASSWORD);
    }

    private static Path keyStore() {
        try {
            return TlsSipClient.selfSigned(Files.createTempDirectory("sip-tls").resolve("server.p12"), "127.0.0.1",
                    KEY_STORE_PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTrunkReachesOnlyItsNumbersAndNobodyElseReachesThem() throws Exception {
        Sipp.Run otherNumber = Sipp.startFrom("127.0.0.1", telephony.sipPort(), "../sipp/uac_invite_refused_404.xml",
                FreePort.find(), List.of("-s", "0048700123456", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()))).finish();
        Sipp.Run stranger = Sipp.startFrom("127.0.0.2", telephony.sipPort(), "../sipp/uac_invite_refused_403.xml",
                FreePort.find(), List.of("-s", "222500115", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()))).finish();

        assertThat(otherNumber.exitCode()).as(otherNumber.output()).isZero();
        assertThat(stranger.exitCode()).as(stranger.output()).isZero();
    }

    @Test
    void answersOptionsOverTlsWithTheConfiguredCertificate() throws Exception {
        try (TlsSipClient phone = new TlsSipClient(TLS_PORT, KEY_STORE, KEY_STORE_PASSWORD)) {
            String local = "127.0.0.1:" + phone.localPort();
            String answer = phone.exchange("OPTIONS sip:ping@127.0.0.1:" + TLS_PORT + " SIP/2.0\n"
                    + "Via: SIP/2.0/TLS " + local + ";branch=z9hG4bKtls" + System.nanoTime() + ";rport\n"
                    + "From: <sip:probe@127.0.0.1>;tag=tls1\nTo: <sip:ping@127.0.0.1>\n"
                    + "Call-ID: tls-" + System.nanoTime() + "@probe\nCSeq: 1 OPTIONS\nMax-Forwards: 70\n"
                    + "Content-Length: 0\n\n");

            assertThat(answer).startsWith("SIP/2.0 200");
        }
    }
}
