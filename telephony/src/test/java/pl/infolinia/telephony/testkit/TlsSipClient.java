package pl.infolinia.telephony.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A SIP client over the JDK's own TLS (JSSE): one connection, hand-made requests, whole answers.
 *
 * <p>It trusts only the certificate in the given key store and checks that it names 127.0.0.1,
 * as a phone provisioned with the server's certificate would.
 */
public final class TlsSipClient implements AutoCloseable {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^(?:Content-Length|l)\\s*:\\s*(\\d+)");

    private final SSLSocket socket;
    private final InputStream in;

    public TlsSipClient(int port, Path trusted, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream file = Files.newInputStream(trusted)) {
            store.load(file, password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name 127.0.0.1
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(5000);
        socket.startHandshake();
        in = socket.getInputStream();
    }

    public int localPort() {
        return socket.getLocalPort();
    }

    public String protocol() {
        return socket.getSession().getProtocol();
    }

    /**
     * A key store with a new self-signed EC certificate for {@code ip} (made by the JDK's keytool),
     * valid for two days, the key store and key both under {@code password}.
     */
    public static Path selfSigned(Path file, String ip, String password) throws IOException, InterruptedException {
        Process keytool = new ProcessBuilder(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "infolinia", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + ip, "-ext", "san=ip:" + ip, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", password, "-keypass", password))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return file;
    }

    /** Sends a request (lines joined by \n here, sent with CRLF) and returns the next final answer. */
    public String exchange(String request) throws IOException {
        socket.getOutputStream().write(request.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        while (true) {
            String answer = read();
            if (!answer.startsWith("SIP/2.0 1")) {
                return answer;
            }
        }
    }

    private String read() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after: " + head);
            }
            if (head.size() > 0 || (b != '\r' && b != '\n')) { // skip keep-alive CRLFs between messages
                head.write(b);
            }
        }
        String text = head.toString(StandardCharsets.UTF_8);
        Matcher length = CONTENT_LENGTH.matcher(text);
        int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return text + new String(in.readNBytes(bodyLength), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
