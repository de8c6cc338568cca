package pl.infolinia.telephony.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A bare UDP socket that sends hand-made SIP messages and reads the status line of the answer. */
final class UdpSipClient implements AutoCloseable {

    private final DatagramSocket socket;
    private final InetSocketAddress engine;

    UdpSipClient(int enginePort) throws IOException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.engine = new InetSocketAddress(InetAddress.getLoopbackAddress(), enginePort);
    }

    int port() {
        return socket.getLocalPort();
    }

    void send(byte[] message) throws IOException {
        socket.send(new DatagramPacket(message, message.length, engine));
    }

    /** Sends and returns the first line of the first answer, or empty after a second of silence. */
    Optional<String> exchange(String message) throws IOException {
        send(message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        return statusLine();
    }

    Optional<String> statusLine() throws IOException {
        byte[] buffer = new byte[65536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.setSoTimeout(1000);
        while (true) {
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            }
            String text = new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8);
            String line = text.substring(0, Math.max(0, text.indexOf('\r')));
            if (!line.startsWith("SIP/2.0 1")) { // skip provisional answers
                return Optional.of(line);
            }
        }
    }

    /** An OPTIONS from this client, with the given extra header lines and body. */
    String options(String extraHeaders, String body) {
        String branch = "z9hG4bK" + System.nanoTime();
        return "OPTIONS sip:ping@127.0.0.1:" + engine.getPort() + " SIP/2.0\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + port() + ";branch=" + branch + "\n"
                + "From: <sip:probe@127.0.0.1>;tag=" + branch + "\n"
                + "To: <sip:ping@127.0.0.1>\n"
                + "Call-ID: " + branch + "@probe\n"
                + "CSeq: 1 OPTIONS\n"
                + "Max-Forwards: 70\n"
                + extraHeaders
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\n\n" + body;
    }

    @Override
    public void close() {
        socket.close();
    }
}
