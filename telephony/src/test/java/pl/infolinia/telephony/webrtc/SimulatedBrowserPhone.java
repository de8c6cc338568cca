package pl.infolinia.telephony.webrtc;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.UDPTransport;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import pl.infolinia.telephony.media.G711;

/**
 * A browser phone for the benchmark, in the same JVM: answers every call at once, then does what
 * a browser does on the wire (STUN check, DTLS 1.2 client, SRTP PCMU both ways, 50 packets/s).
 * Its own crypto is counted in the process CPU, so the bench reports an upper bound per call.
 */
final class SimulatedBrowserPhone implements BrowserPhone {

    private static final DtlsCertificate CERTIFICATE = DtlsCertificate.generate();
    private final AtomicLong received;
    private volatile DatagramSocket socket;

    SimulatedBrowserPhone(AtomicLong received) {
        this.received = received;
    }

    @Override
    public void ring(BrowserCall call) {
        Thread.ofVirtual().name("browser-" + call.id()).start(() -> talk(call));
    }

    @Override
    public void ended(BrowserCall call) {
        DatagramSocket current = socket;
        if (current != null) {
            current.close();
        }
    }

    private void talk(BrowserCall call) {
        String offer = call.offer();
        try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket = udp;
            call.answer(answer());
            udp.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(find(offer, "m=audio (\\d+)"))));
            udp.setSoTimeout(5000);
            byte[] check = bindingRequest(find(offer, "a=ice-ufrag:(\\S+)"), find(offer, "a=ice-pwd:(\\S+)"));
            udp.send(new DatagramPacket(check, check.length));
            udp.receive(new DatagramPacket(new byte[1500], 1500));
            BrowserLikeDtlsClient client = new BrowserLikeDtlsClient(new BcTlsCrypto(new SecureRandom()), CERTIFICATE,
                    find(offer, "a=fingerprint:sha-256 (\\S+)"));
            new DTLSClientProtocol().connect(client, new UDPTransport(udp, 1500));
            udp.setSoTimeout(0);
            SrtpReceiver receiver = new SrtpReceiver(client.serverKeys());
            Thread.ofVirtual().start(() -> listen(udp, receiver));
            speak(udp, new SrtpSender(client.clientKeys()));
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof SocketException)) {
                System.err.println("simulated browser " + call.id() + ": " + e);
            }
        }
    }

    // a 1 kHz tone at 50 packets/s until the call ends (the socket closes)
    private static void speak(DatagramSocket udp, SrtpSender sender) throws IOException {
        short[] tone = new short[160];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 1000 * i / 8000));
        }
        byte[] payload = G711.PCMU.encode(tone);
        long next = System.nanoTime();
        for (int sequence = 0; !udp.isClosed(); sequence++) {
            ByteBuffer packet = ByteBuffer.allocate(12 + payload.length);
            packet.put((byte) 0x80).put((byte) 0).putShort((short) sequence).putInt(sequence * 160).putInt(0x0b0b0b0b)
                    .put(payload);
            byte[] protectedPacket = sender.protectRtp(packet.array(), packet.capacity());
            udp.send(new DatagramPacket(protectedPacket, protectedPacket.length));
            next += 20_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000)); // a load generator's pacing, not the engine's
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void listen(DatagramSocket udp, SrtpReceiver receiver) {
        DatagramPacket packet = new DatagramPacket(new byte[1500], 1500);
        try {
            while (true) {
                udp.receive(packet);
                if ((packet.getData()[0] & 0xc0) == 0x80 && !RtpHeaders.isRtcp(packet.getData(), packet.getLength())
                        && receiver.unprotectRtp(packet.getData(), packet.getLength()).isPresent()) {
                    received.incrementAndGet();
                }
            }
        } catch (IOException e) {
            // the call ended
        }
    }

    private static String answer() {
        return "v=0\r\no=- 2 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0 101\r\n"
                + "c=IN IP4 0.0.0.0\r\na=ice-ufrag:brws\r\na=ice-pwd:browserbrowserbrowser12\r\n"
                + "a=fingerprint:sha-256 " + CERTIFICATE.fingerprint() + "\r\na=setup:active\r\na=mid:0\r\n"
                + "a=sendrecv\r\na=rtcp-mux\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n";
    }

    private static String find(String sdp, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(sdp);
        if (!found.find()) {
            throw new IllegalStateException("offer without " + pattern);
        }
        return found.group(1);
    }

    static byte[] bindingRequest(String ufrag, String password) {
        byte[] username = (ufrag + ":brws").getBytes(StandardCharsets.UTF_8);
        int padded = (username.length + 3) & ~3;
        ByteBuffer message = ByteBuffer.allocate(20 + 4 + padded + 24);
        message.putShort((short) 1).putShort((short) (4 + padded + 24)).putInt(0x2112A442)
                .putInt(1).putInt(2).putInt(3);
        message.putShort((short) 6).putShort((short) username.length).put(username);
        message.position(20 + 4 + padded);
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            hmac.update(message.array(), 0, message.position());
            message.putShort((short) 8).putShort((short) 20).put(hmac.doFinal());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return message.array();
    }
}
