package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.testkit.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.TelephonySettings;

/** Broken, oversized and unknown requests are answered or dropped, and the engine goes on. */
class MalformedSipIT {

    private SipTelephony engine;
    private UdpSipClient client;

    @BeforeEach
    void start() throws Exception {
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next()),
                (user, realm) -> Optional.empty());
        client = new UdpSipClient(engine.sipPort());
    }

    @AfterEach
    void stop() {
        client.close();
        engine.close();
    }

    @Test
    void answersAWellFormedOptions() throws Exception {
        assertThat(client.exchange(client.options("", ""))).contains("SIP/2.0 200 OK");
    }

    @Test
    void answersAnOversizedRequestWith513() throws Exception {
        String body = "x".repeat(20_000);

        assertThat(client.exchange(client.options("Content-Type: text/plain\n", body)))
                .hasValueSatisfying(line -> assertThat(line).startsWith("SIP/2.0 513"));
        assertThat(client.exchange(client.options("", ""))).contains("SIP/2.0 200 OK");
    }

    @Test
    void answersAnUnknownMethodWith501() throws Exception {
        String message = client.options("", "").replace("OPTIONS", "FROBNICATE");

        assertThat(client.exchange(message)).hasValueSatisfying(line -> assertThat(line).startsWith("SIP/2.0 501"));
    }

    @Test
    void rejectsOrDropsARequestWithoutCallId() throws Exception {
        String message = client.options("", "").replaceAll("Call-ID: [^\n]*\n", "");

        assertThat(client.exchange(message)).satisfiesAnyOf(
                answer -> assertThat(answer).isEmpty(),
                answer -> assertThat(answer.orElseThrow()).startsWith("SIP/2.0 400"));
        assertThat(client.exchange(client.options("", ""))).contains("SIP/2.0 200 OK");
    }

    @Test
    void survivesBinaryGarbageAndTruncatedMessages() throws Exception {
        byte[] garbage = new byte[1400];
        new java.util.Random(3261).nextBytes(garbage);
        client.send(garbage);
        String options = client.options("", "");
        client.send(options.substring(0, options.length() / 2).getBytes(StandardCharsets.UTF_8));
        client.send("SIP/2.0 200 OK\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        client.send(new byte[0]);

        assertThat(client.exchange(client.options("", ""))).contains("SIP/2.0 200 OK");
    }

    @Test
    void refusesRegisterForANonSipAddressOfRecord() throws Exception {
        String message = client.options("", "").replace("OPTIONS sip:ping", "REGISTER sip:ping")
                .replace("CSeq: 1 OPTIONS", "CSeq: 1 REGISTER").replace("To: <sip:ping@127.0.0.1>", "To: <tel:+48500100200>");

        assertThat(client.exchange(message)).hasValueSatisfying(line -> assertThat(line).startsWith("SIP/2.0 400"));
    }
}
