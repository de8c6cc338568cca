package pl.infolinia.telephony.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sip.ListeningPoint;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.SipTls;

/**
 * One JAIN-SIP stack listening on UDP and TCP at one address and port, and on TLS when
 * configured, with its factories.
 *
 * <p>All SIP traffic of the engine goes through the single provider. The stack logs through
 * SLF4J ({@link Slf4jStackLogger}); closing it also ends the EventScannerThread that
 * jain-sip-ri 1.3.0-91 leaves blocked after {@code stop()} (DEPENDENCIES.md §6).
 */
final class JainSipStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JainSipStack.class);

    private final SipStack stack;
    private final SipProvider provider;
    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final String host;
    private final int port;
    private final List<Thread> scannersBefore;

    JainSipStack(String host, int port, String name, int maxMessageBytes, Optional<SipTls> tls) throws Exception {
        this.scannersBefore = eventScanners();
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        Properties properties = properties(name, maxMessageBytes);
        tls.ifPresent(t -> tlsProperties(properties, t));
        this.stack = factory.createSipStack(properties);
        this.messages = factory.createMessageFactory();
        this.headers = factory.createHeaderFactory();
        this.addresses = factory.createAddressFactory();
        this.host = host;
        List<ListeningPoint> points = new ArrayList<>();
        try {
            points.add(stack.createListeningPoint(host, port, ListeningPoint.UDP));
            int bound = points.get(0).getPort();
            points.add(stack.createListeningPoint(host, bound, ListeningPoint.TCP));
            this.port = bound;
            this.provider = stack.createSipProvider(points.get(0));
            provider.addListeningPoint(points.get(1));
            if (tls.isPresent()) {
                provider.addListeningPoint(stack.createListeningPoint(host, tls.get().port(), ListeningPoint.TLS));
            }
            stack.start();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    private static Properties properties(String name, int maxMessageBytes) {
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", name);
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jMessageLogger.class.getName());
        // one listener call per message on a pool: handlers are written to be thread-safe
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "8");
        // the stack truncates datagrams at this size and answers them 400 itself; reading whole
        // datagrams lets the dispatcher answer an oversized request 513 as RFC 3261 asks
        properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(Math.max(maxMessageBytes, 65536)));
        properties.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        properties.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        // every request asks the NatRouter, also those to sip: URIs, which would otherwise skip it
        properties.setProperty("javax.sip.ROUTER_PATH", NatRouter.class.getName());
        properties.setProperty("javax.sip.USE_ROUTER_FOR_ALL_URIS", "true");
        return properties;
    }

    // the stack reads the key store from its own properties, not the JVM's system properties
    private static void tlsProperties(Properties properties, SipTls tls) {
        String path = tls.keyStore().toAbsolutePath().toString();
        properties.setProperty("javax.net.ssl.keyStore", path);
        properties.setProperty("javax.net.ssl.keyStorePassword", tls.password());
        properties.setProperty("javax.net.ssl.keyStoreType", tls.keyStoreType());
        properties.setProperty("javax.net.ssl.trustStore", path);
        properties.setProperty("javax.net.ssl.trustStorePassword", tls.password());
        properties.setProperty("javax.net.ssl.trustStoreType", tls.keyStoreType());
        // phones prove who they are by digest, not by client certificates
        properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
        properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", "TLSv1.3, TLSv1.2");
        // jain-sip-ri 1.3.0-91 defaults to CBC suites with RSA key exchange, which today's JDK and
        // phones no longer offer: allow the AEAD suites of TLS 1.3 and ECDHE ones of TLS 1.2
        properties.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", String.join(" ",
                "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
        properties.setProperty("gov.nist.javax.sip.SSL_HANDSHAKE_TIMEOUT", "5000");
    }

    void listen(SipListener listener) throws Exception {
        provider.addSipListener(listener);
    }

    NatRouter router() {
        return (NatRouter) stack.getRouter();
    }

    SipStack sipStack() {
        return stack;
    }

    SipProvider provider() {
        return provider;
    }

    MessageFactory messages() {
        return messages;
    }

    HeaderFactory headers() {
        return headers;
    }

    AddressFactory addresses() {
        return addresses;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            if (stack != null) {
                stack.stop();
            }
        } catch (RuntimeException e) {
            log.warn("SIP stack did not stop cleanly", e);
        }
        // jain-sip-ri 1.3.0-91 leaves this non-daemon thread blocked in queue.take() after stop();
        // ours are the ones that appeared since construction began (also after a failed start)
        List<Thread> ours = new ArrayList<>(eventScanners());
        ours.removeAll(scannersBefore);
        ours.forEach(Thread::interrupt);
    }

    private static List<Thread> eventScanners() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("EventScannerThread"))
                .toList();
    }
}
