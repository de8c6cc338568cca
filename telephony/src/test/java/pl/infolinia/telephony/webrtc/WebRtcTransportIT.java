package pl.infolinia.telephony.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.UDPTransport;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.media.RtpPorts;
import pl.infolinia.telephony.testkit.FreePorts;

/**
 * The browser transport over real UDP on 127.0.0.1 against a browser-like peer: STUN check
 * signed with the offer's ICE password, DTLS 1.2 handshake with certificates checked against
 * the SDP fingerprints (BouncyCastle client), then SRTP both ways with the exported keys. As
 * chromium does, the peer checks from a second candidate too, and keeps checking it after
 * nominating the first: the engine keeps sending on the nominated pair.
 */
class WebRtcTransportIT {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void checksShakesHandsAndCarriesSrtpBothWays() throws Exception {
        int port = FreePorts.next() & ~1;
        WebRtcTransport transport = new WebRtcMedia().open(
                new RtpPorts(InetAddress.getLoopbackAddress(), port, port + 101).allocate());
        BlockingQueue<byte[]> heard = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> receiveInto(transport, heard));
        String offer = transport.offer("127.0.0.1", 1);
        DtlsCertificate browserCertificate = DtlsCertificate.generate();

        try (DatagramSocket browser = socketTo(transport); DatagramSocket otherCandidate = socketTo(transport);
             DatagramSocket stranger = socketTo(transport)) {
            check(browser, offer, false);
            check(otherCandidate, offer, false);
            check(browser, offer, true);

            transport.answered(answerWith(browserCertificate.fingerprint()));
            BrowserLikeDtlsClient client = new BrowserLikeDtlsClient(new BcTlsCrypto(new SecureRandom()),
                    browserCertificate, attribute(offer, "fingerprint:sha-256"));
            DTLSTransport dtls = new DTLSClientProtocol().connect(client, new UDPTransport(browser, 1500));
            assertThat(dtls).isNotNull();

            // a browser sends a packet every 20 ms: the first may come before the engine has its keys
            SrtpSender sender = new SrtpSender(client.clientKeys());
            byte[] first = null;
            byte[] spoken = null;
            for (int sequence = 1; first == null && sequence <= 500; sequence++) {
                spoken = HEX.parseHex(String.format("8000%04x%08xcafebabe", sequence, 160 * sequence) + "ff".repeat(160));
                byte[] protectedRtp = sender.protectRtp(spoken, spoken.length);
                browser.send(new DatagramPacket(protectedRtp, protectedRtp.length));
                first = heard.poll(20, TimeUnit.MILLISECONDS);
            }
            assertThat(first).as("the engine hears plain RTP").isNotNull();
            assertThat(Arrays.copyOfRange(first, 12, first.length)).as("the payload as the browser sent it")
                    .isEqualTo(Arrays.copyOfRange(spoken, 12, spoken.length));
            check(otherCandidate, offer, false); // a browser goes on checking the pairs it did not nominate

            byte[] toBrowser = HEX.parseHex("80000007000001400badcafe" + "7f".repeat(160));
            transport.send(ByteBuffer.wrap(toBrowser), new InetSocketAddress("127.0.0.1", 9));
            DatagramPacket srtp = new DatagramPacket(new byte[1500], 1500);
            browser.receive(srtp);
            assertThat(srtp.getLength()).isEqualTo(toBrowser.length + 10);
            assertThat(new SrtpReceiver(client.serverKeys()).unprotectRtp(srtp.getData(), srtp.getLength()))
                    .as("sent on the nominated pair").hasValueSatisfying(plain -> assertThat(plain).isEqualTo(toBrowser));

            // the browser may send on any pair that passed its check; a port that never checked is a stranger
            heard.clear();
            byte[] fromStranger = sender.protectRtp(HEX.parseHex("8000100000100000cafebabe" + "11".repeat(160)), 172);
            stranger.send(new DatagramPacket(fromStranger, fromStranger.length));
            byte[] onOtherPair = sender.protectRtp(HEX.parseHex("8000100100100a00cafebabe" + "22".repeat(160)), 172);
            otherCandidate.send(new DatagramPacket(onOtherPair, onOtherPair.length));
            byte[] next = heard.poll(5, TimeUnit.SECONDS);
            assertThat(next).as("the packet on the other checked pair").isNotNull();
            assertThat(next[12]).as("and not the stranger's").isEqualTo((byte) 0x22);
        } finally {
            transport.close();
        }
    }

    private static DatagramSocket socketTo(WebRtcTransport transport) throws IOException {
        DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.connect(new InetSocketAddress("127.0.0.1", transport.port()));
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** A connectivity check from this socket, signed with the offer's ICE password: answered with success. */
    private static void check(DatagramSocket browser, String offer, boolean nominating) throws IOException {
        byte[] request = BindingRequests.check(attribute(offer, "ice-ufrag"), attribute(offer, "ice-pwd"), nominating);
        browser.send(new DatagramPacket(request, request.length));
        DatagramPacket answer = new DatagramPacket(new byte[1500], 1500);
        browser.receive(answer);
        assertThat(HEX.formatHex(answer.getData(), 0, 2)).as("Binding success").isEqualTo("0101");
    }

    private static void receiveInto(WebRtcTransport transport, BlockingQueue<byte[]> heard) {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        try {
            while (true) {
                transport.receive(buffer);
                heard.add(Arrays.copyOf(buffer.array(), buffer.position()));
            }
        } catch (IOException e) {
            // closed at the end of the test
        }
    }

    private static String attribute(String sdp, String name) {
        Matcher found = Pattern.compile("(?m)^a=" + Pattern.quote(name) + "[: ](\\S+)\\s*$").matcher(sdp);
        assertThat(found.find()).as("a=%s in %s", name, sdp).isTrue();
        return found.group(1);
    }

    private static String answerWith(String fingerprint) {
        return "v=0\r\no=- 2 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0 101\r\n"
                + "c=IN IP4 0.0.0.0\r\na=ice-ufrag:brws\r\na=ice-pwd:browserbrowserbrowser12\r\n"
                + "a=fingerprint:sha-256 " + fingerprint + "\r\na=setup:active\r\na=mid:0\r\na=sendrecv\r\n"
                + "a=rtcp-mux\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n";
    }
}
