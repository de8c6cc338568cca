package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.SipCredentials;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.TelephonySettings;

/**
 * Twenty thousand mutated SIP messages (cut, doubled headers, huge values, bad bytes): no
 * handler fails, threads and heap stay level, and OPTIONS is answered throughout.
 */
class SipFuzzIT {

    private static final int MESSAGES = 20_000;

    private SipTelephony engine;
    private UdpSipClient client;
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next())
                .withRtpPorts(26000, 26999), SipCredentials.fromPasswords(user -> Optional.of("secret")));
        engine.onIncomingCall(Channel::hangup); // parse offers and ring, then refuse 480
        client = new UdpSipClient(engine.sipPort());
        warnings.start();
        ((Logger) LoggerFactory.getLogger("pl.infolinia")).addAppender(warnings);
        // JAIN-SIP logs each unparseable datagram with a stack trace; thousands would bury the report
        ((Logger) LoggerFactory.getLogger("gov.nist")).setLevel(Level.OFF);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger("pl.infolinia")).detachAppender(warnings);
        ((Logger) LoggerFactory.getLogger("gov.nist")).setLevel(Level.WARN);
        client.close();
        engine.close();
    }

    @Test
    void survivesTensOfThousandsOfMutatedMessages() throws Exception {
        assertThat(client.exchange(client.options("", ""))).contains("SIP/2.0 200 OK");
        int threadsBefore = Thread.activeCount();
        long heapBefore = usedHeapAfterGc();
        SipMutator mutator = new SipMutator(4475);
        for (int i = 0; i < MESSAGES; i++) {
            // a fresh branch and Call-ID each time, so every mutant is a new transaction
            String seed = switch (i % 3) {
                case 0 -> client.options("", "");
                case 1 -> register();
                default -> invite();
            };
            client.send(mutator.mutate(seed.replace("\n", "\r\n")));
            if (i % 500 == 499) {
                // a round trip now and then keeps the sender from outrunning the engine's socket;
                // from a fresh socket, as the fuzzing one is flooded with retransmitted 4xx answers
                try (UdpSipClient probe = new UdpSipClient(engine.sipPort())) {
                    assertThat(probe.exchange(probe.options("", ""), 5_000)).as("after %d messages", i + 1)
                            .contains("SIP/2.0 200 OK");
                }
            }
        }

        assertThat(client.exchange(client.options("", ""))).contains("SIP/2.0 200 OK");
        assertThat(warnings.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        assertThat(Thread.activeCount()).isLessThan(threadsBefore + 10);
        long heapGrowth = usedHeapAfterGc() - heapBefore;
        LoggerFactory.getLogger(SipFuzzIT.class).info("{} mutated messages: heap {} MB more, threads {} -> {}",
                MESSAGES, heapGrowth >> 20, threadsBefore, Thread.activeCount());
        // server transactions of answered requests linger for 32 s (RFC 3261 timer J), hence a margin
        assertThat(heapGrowth).isLessThan(256L << 20);
    }

    private String register() {
        return client.options("Contact: <sip:agent1001@127.0.0.1:" + client.port() + ">\nExpires: 60\n"
                        + "Authorization: Digest username=\"agent1001\", realm=\"infolinia\", nonce=\"AAAA\", "
                        + "uri=\"sip:127.0.0.1\", response=\"00000000000000000000000000000000\", qop=auth, nc=00000001, cnonce=\"x\"\n", "")
                .replace("OPTIONS sip:ping", "REGISTER sip:agent1001").replace("CSeq: 1 OPTIONS", "CSeq: 1 REGISTER")
                .replace("To: <sip:ping@", "To: <sip:agent1001@");
    }

    private String invite() {
        String sdp = "v=0\no=x 1 1 IN IP4 127.0.0.1\ns=-\nc=IN IP4 127.0.0.1\nt=0 0\nm=audio 40000 RTP/AVP 0 8 101\n"
                + "a=rtpmap:101 telephone-event/8000\na=sendrecv\n";
        return client.options("Contact: <sip:caller@127.0.0.1:" + client.port() + ">\nContent-Type: application/sdp\n",
                        sdp.replace("\n", "\r\n"))
                .replace("OPTIONS sip:ping", "INVITE sip:800").replace("CSeq: 1 OPTIONS", "CSeq: 1 INVITE");
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
