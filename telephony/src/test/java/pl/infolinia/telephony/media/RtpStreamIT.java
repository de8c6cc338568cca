package pl.infolinia.telephony.media;

import pl.infolinia.telephony.testkit.Signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two RTP streams on loopback, paced by one media clock: audio, RFC 4733 keys and RTCP. */
class RtpStreamIT {

    private final MediaClock clock = new MediaClock();
    private final RtpPorts ports = new RtpPorts(InetAddress.getLoopbackAddress(), 29000, 29199);
    private final List<Character> keysAtB = new CopyOnWriteArrayList<>();
    private final List<short[]> heardAtB = new CopyOnWriteArrayList<>();
    private RtpStream a;
    private RtpStream b;
    private RtpPorts.Pair bSockets;

    @BeforeEach
    void connect() throws Exception {
        RtpPorts.Pair aSockets = ports.allocate();
        bSockets = ports.allocate();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        a = new RtpStream(aSockets, new InetSocketAddress(loopback, bSockets.port()), G711.PCMA, 101, key -> { },
                new Random(1));
        b = new RtpStream(bSockets, new InetSocketAddress(loopback, aSockets.port()), G711.PCMA, 101, keysAtB::add,
                new Random(2));
        b.addSink(heardAtB::add);
        a.start(clock);
        b.start(clock);
        clock.start();
    }

    @AfterEach
    void close() {
        clock.close();
        a.close();
        b.close();
    }

    @Test
    void carriesAudioFromOneStreamToTheOther() {
        short[] tone = new short[8000];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (10000 * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
        }
        a.play(new PromptSource(new WavAudio(WavFormat.TELEPHONE, tone)));

        await().atMost(Duration.ofSeconds(5)).until(() -> heardAtB.stream().filter(f -> Signal.rms(f) > 0.1).count() >= 40);

        short[] frame = heardAtB.stream().filter(f -> Signal.rms(f) > 0.1).skip(10).findFirst().orElseThrow();
        assertThat(Signal.rms(frame)).isCloseTo(10000 / 32768.0 / Math.sqrt(2), within(0.01));
    }

    @Test
    void sendsKeysAsRfc4733EventsThatArriveOnceEach() {
        a.sendDigit('4');
        a.sendDigit('#');

        await().atMost(Duration.ofSeconds(5)).until(() -> keysAtB.size() >= 2);

        assertThat(keysAtB).containsExactly('4', '#');
    }

    @Test
    void aStrangerCannotTakeOverTheStreamWhileThePeerTalks() throws Exception {
        await().atMost(Duration.ofSeconds(5)).until(() -> heardAtB.size() >= 10); // b has latched on to a
        try (java.nio.channels.DatagramChannel stranger = java.nio.channels.DatagramChannel.open()) {
            stranger.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] packet = new RtpPacket(true, G711.PCMA.payloadType(), 1, 160, 0xBAD5EEDL, new byte[160]).encode();
            for (int i = 0; i < 10; i++) {
                stranger.send(ByteBuffer.wrap(packet), new InetSocketAddress(InetAddress.getLoopbackAddress(), bSockets.port()));
            }
            stranger.socket().setSoTimeout(600);

            assertThatThrownBy(() -> stranger.socket().receive(new java.net.DatagramPacket(new byte[2048], 2048)))
                    .as("b keeps sending to a, not to the stranger").isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    @Test
    void sendsSenderReportsToTheRtcpPort() throws Exception {
        // the peer's RTCP socket is the one next to its RTP port; read it while the streams run
        ByteBuffer report = ByteBuffer.allocate(512);
        bSockets.rtcp().configureBlocking(true);
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                bSockets.rtcp().receive(report);
            } catch (java.io.IOException e) {
                // closed at the end of the test
            }
        });

        await().atMost(Duration.ofSeconds(8)).until(() -> report.position() > 0);
        reader.join(1000);

        RtcpSenderReport parsed = RtcpSenderReport.parse(report.array(), report.position());
        assertThat(parsed.packetCount()).isGreaterThan(200); // 5 s of 20 ms packets, give or take
        assertThat(parsed.octetCount()).isEqualTo(parsed.packetCount() * 160);
    }
}
