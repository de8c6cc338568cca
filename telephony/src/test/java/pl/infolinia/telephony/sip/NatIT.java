package pl.infolinia.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.ChannelState;
import pl.infolinia.telephony.SipCredentials;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.media.RtpPacket;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * The engine behind NAT and a phone behind NAT: the answer names the configured public address
 * in SDP and Contact; RTP goes back to where the phone's packets come from, not to the private
 * address its SDP gave (symmetric RTP, RFC 4961); answers follow rport (RFC 3581) and the BYE
 * goes to the INVITE's source, not to the private Contact.
 */
class NatIT {

    private static final String PUBLIC_ADDRESS = "198.51.100.20";
    // the phone's SDP names its LAN address, which the engine cannot reach (TEST-NET-1)
    private static final String PHONE_PRIVATE_ADDRESS = "192.0.2.10";

    private final java.util.concurrent.CountDownLatch hangUp = new java.util.concurrent.CountDownLatch(1);
    private SipTelephony engine;

    @BeforeEach
    void start() {
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next())
                .withRtpPorts(26000, 26999).withPublicAddress(PUBLIC_ADDRESS),
                SipCredentials.fromPasswords(user -> Optional.of("agent9").filter(user::equals).map(u -> "haslo-9")));
        engine.onIncomingCall(caller -> {
            caller.answer();
            hangUp.await(20, java.util.concurrent.TimeUnit.SECONDS);
        });
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void announcesThePublicAddressAndSendsRtpWhereThePhonesPacketsComeFrom() throws Exception {
        try (DatagramSocket signalling = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             DatagramSocket natMapping = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            String ok = invite(signalling);

            assertThat(ok).startsWith("SIP/2.0 200");
            assertThat(ok).contains("c=IN IP4 " + PUBLIC_ADDRESS).contains("o=infolinia ")
                    .containsPattern("(?m)^Contact: <sip:infolinia@" + Pattern.quote(PUBLIC_ADDRESS) + ":\\d+>");
            Matcher media = Pattern.compile("m=audio (\\d+) ").matcher(ok);
            assertThat(media.find()).isTrue();
            InetSocketAddress engineRtp = new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    Integer.parseInt(media.group(1)));

            // the phone speaks from the NAT's mapping, a port its SDP never named
            for (int sequence = 0; sequence < 5; sequence++) {
                byte[] packet = new RtpPacket(sequence == 0, 0, sequence, sequence * 160L, 0x5EED0042L,
                        new byte[160]).encode();
                natMapping.send(new DatagramPacket(packet, packet.length, engineRtp));
            }
            natMapping.setSoTimeout(3000);
            byte[] buffer = new byte[2048];
            DatagramPacket received = new DatagramPacket(buffer, buffer.length);
            natMapping.receive(received);

            RtpPacket back = RtpPacket.parse(buffer, received.getLength());
            assertThat(back.payloadType()).isZero();
            assertThat(back.ssrc()).isNotEqualTo(0x5EED0042L);
            assertThat(received.getPort()).isEqualTo(engineRtp.getPort());

            ack(signalling, ok);
            // and the engine's BYE goes where the INVITE came from, not to the private Contact
            hangUp.countDown();
            String bye = next(signalling, "BYE ");
            assertThat(bye).startsWith("BYE sip:48500100200@" + PHONE_PRIVATE_ADDRESS + ":5060");
        }
    }

    @Test
    void reachesARegisteredPhoneBehindNatWhereItsRegisterCameFrom() throws Exception {
        Sipp.Running phone = Sipp.start(engine.sipPort(), "../sipp/uas_phone_behind_nat.xml", FreePorts.next(),
                List.of("-s", "agent9", "-au", "agent9", "-ap", "haslo-9", "-m", "1",
                        "-oocsf", "../sipp/uas_phone_behind_nat_answer.xml"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> engine.endpoint("agent9").isPresent());
        assertThat(engine.endpoint("agent9").orElseThrow().contacts()).singleElement()
                .satisfies(contact -> assertThat(contact.uri()).contains("192.0.2.10:5999"));

        Channel call = engine.dial("agent9", "48500100200", Duration.ofSeconds(10));
        assertThat(call.state()).isEqualTo(ChannelState.UP);
        call.hangup();
        Sipp.Run run = phone.finish();

        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    private void ack(DatagramSocket socket, String ok) throws IOException {
        String ack = "ACK sip:infolinia@127.0.0.1:" + engine.sipPort() + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + PHONE_PRIVATE_ADDRESS + ":5060;branch=z9hG4bKack" + System.nanoTime() + ";rport\r\n"
                + header(ok, "From") + header(ok, "To") + header(ok, "Call-ID")
                + "CSeq: 1 ACK\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
        byte[] bytes = ack.getBytes(StandardCharsets.US_ASCII);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), engine.sipPort()));
    }

    private static String header(String message, String name) {
        Matcher header = Pattern.compile("(?m)^" + name + ": [^\r\n]+\r\n").matcher(message);
        assertThat(header.find()).as(name + " in " + message).isTrue();
        return header.group();
    }

    private static String next(DatagramSocket socket, String start) throws IOException {
        byte[] buffer = new byte[8192];
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                break;
            }
            String message = new String(buffer, 0, packet.getLength(), StandardCharsets.US_ASCII);
            if (message.startsWith(start)) {
                return message;
            }
        }
        return "nothing starting with " + start;
    }

    private String invite(DatagramSocket socket) throws IOException {
        int port = socket.getLocalPort();
        String sdp = "v=0\r\no=phone 1 1 IN IP4 " + PHONE_PRIVATE_ADDRESS + "\r\ns=-\r\nc=IN IP4 " + PHONE_PRIVATE_ADDRESS
                + "\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=sendrecv\r\n";
        String invite = "INVITE sip:infolinia@127.0.0.1:" + engine.sipPort() + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + PHONE_PRIVATE_ADDRESS + ":5060;branch=z9hG4bKnat" + System.nanoTime() + ";rport\r\n"
                + "From: <sip:48500100200@" + PHONE_PRIVATE_ADDRESS + ">;tag=nat1\r\n"
                + "To: <sip:infolinia@127.0.0.1>\r\n"
                + "Call-ID: nat-" + System.nanoTime() + "@phone\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Contact: <sip:48500100200@" + PHONE_PRIVATE_ADDRESS + ":5060>\r\n"
                + "Max-Forwards: 70\r\n"
                + "Content-Type: application/sdp\r\n"
                + "Content-Length: " + sdp.length() + "\r\n\r\n" + sdp;
        byte[] bytes = invite.getBytes(StandardCharsets.US_ASCII);
        // the Via names the private address: only rport brings the answers back to this socket
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), engine.sipPort()));
        socket.setSoTimeout(5000);
        byte[] buffer = new byte[8192];
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                break;
            }
            String answer = new String(buffer, 0, packet.getLength(), StandardCharsets.US_ASCII);
            if (!answer.startsWith("SIP/2.0 1")) {
                return answer;
            }
        }
        return "no final answer reached port " + port;
    }
}
