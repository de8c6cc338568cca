package pl.infolinia.telephony.sip;

import java.util.ArrayList;
import java.util.List;
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

/**
 * One JAIN-SIP stack listening on UDP and TCP at one address and port, with its factories.
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

    JainSipStack(String host, int port, String name, int maxMessageBytes) throws Exception {
        this.scannersBefore = eventScanners();
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        this.stack = factory.createSipStack(properties(name, maxMessageBytes));
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
        return properties;
    }

    void listen(SipListener listener) throws Exception {
        provider.addSipListener(listener);
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
