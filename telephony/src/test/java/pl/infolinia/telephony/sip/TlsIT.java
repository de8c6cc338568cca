package pl.infolinia.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.telephony.SipCredentials;
import pl.infolinia.telephony.SipTls;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.TlsSipClient;

/**
 * SIP over TLS with a self-signed certificate made by keytool for the test: the JDK's own TLS
 * client (JSSE, an independent implementation) pings with OPTIONS and registers with digest;
 * a client that does not trust the certificate gets no connection.
 */
class TlsIT {

    private static final String PASSWORD = "changeit-tls";

    @TempDir
    Path dir;

    private Path keyStore;
    private SipTelephony engine;
    private int tlsPort;

    @BeforeEach
    void start() throws Exception {
        keyStore = selfSigned(dir.resolve("infolinia.p12"), "127.0.0.1");
        tlsPort = FreePorts.next();
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next())
                        .withRtpPorts(26000, 26999).withTls(new SipTls(tlsPort, keyStore, PASSWORD)),
                SipCredentials.fromPasswords(user -> Optional.ofNullable(Map.of("agent7", "tajne-haslo").get(user))));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private static Path selfSigned(Path file, String ip) throws Exception {
        return TlsSipClient.selfSigned(file, ip, PASSWORD);
    }

    @Test
    void answersOptionsOverTls() throws Exception {
        try (TlsSipClient phone = new TlsSipClient(tlsPort, keyStore, PASSWORD)) {
            String answer = phone.exchange(request(phone, "OPTIONS", "sip:ping@127.0.0.1:" + tlsPort, 1, "", "ping"));

            assertThat(phone.protocol()).startsWith("TLSv1.");
            assertThat(answer).startsWith("SIP/2.0 200 OK").contains("SIP/2.0/TLS");
        }
    }

    @Test
    void registersWithDigestOverTlsAndRefusesTheWrongPassword() throws Exception {
        try (TlsSipClient phone = new TlsSipClient(tlsPort, keyStore, PASSWORD)) {
            String uri = "sip:127.0.0.1:" + tlsPort;
            String challenge = phone.exchange(request(phone, "REGISTER", uri, 1, "", "reg"));
            assertThat(challenge).startsWith("SIP/2.0 401");

            String wrong = phone.exchange(request(phone, "REGISTER", uri, 2,
                    authorization(challenge, "agent7", "zgadywane", uri), "reg"));
            String right = phone.exchange(request(phone, "REGISTER", uri, 3,
                    authorization(challenge, "agent7", "tajne-haslo", uri), "reg"));

            assertThat(wrong).startsWith("SIP/2.0 403");
            assertThat(right).startsWith("SIP/2.0 200");
            assertThat(engine.endpoint("agent7")).hasValueSatisfying(endpoint ->
                    assertThat(endpoint.contacts()).singleElement()
                            .satisfies(contact -> assertThat(contact.uri()).contains("transport=tls")));
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateGetsNoConnection() throws Exception {
        Path other = selfSigned(dir.resolve("other.p12"), "127.0.0.1");

        assertThatThrownBy(() -> new TlsSipClient(tlsPort, other, PASSWORD).close())
                .isInstanceOf(SSLHandshakeException.class);
    }

    private static String request(TlsSipClient phone, String method, String uri, int cseq, String authorization,
                                  String callId) {
        String local = "127.0.0.1:" + phone.localPort();
        return method + " " + uri + " SIP/2.0\n"
                + "Via: SIP/2.0/TLS " + local + ";branch=z9hG4bK" + System.nanoTime() + ";rport\n"
                + "From: <sip:agent7@127.0.0.1>;tag=tls" + cseq + "\n"
                + "To: <sip:agent7@127.0.0.1>\n"
                + "Call-ID: " + callId + "-tls@127.0.0.1\n"
                + "CSeq: " + cseq + " " + method + "\n"
                + "Contact: <sip:agent7@" + local + ";transport=tls>\n"
                + "Max-Forwards: 70\n"
                + authorization
                + "Content-Length: 0\n\n";
    }

    private static String authorization(String challenge, String user, String password, String uri) {
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(challenge);
        Matcher realm = Pattern.compile("realm=\"([^\"]+)\"").matcher(challenge);
        assertThat(nonce.find() && realm.find()).as(challenge).isTrue();
        String ha1 = DigestAuthenticator.md5(user + ":" + realm.group(1) + ":" + password);
        String ha2 = DigestAuthenticator.md5("REGISTER:" + uri);
        String response = DigestAuthenticator.md5(ha1 + ":" + nonce.group(1) + ":00000001:c0ffee:auth:" + ha2);
        return "Authorization: Digest username=\"" + user + "\", realm=\"" + realm.group(1) + "\", nonce=\""
                + nonce.group(1) + "\", uri=\"" + uri + "\", response=\"" + response
                + "\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"c0ffee\"\n";
    }
}
