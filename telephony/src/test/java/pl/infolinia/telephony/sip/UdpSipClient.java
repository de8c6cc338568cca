package pl.infolinia.telephony.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A bare UDP socket that sends hand-made SIP messages and reads the status line of the answer. */
final class UdpSipClient implements AutoCloseable {

    // RFC 3261 timer T1: a request over UDP is sent again after 500 ms without an answer
    private static final int RETRANSMIT_MILLIS = 500;
    private static final Pattern CALL_ID = Pattern.compile("Call-ID: ([^\r\n]+)");

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

    /** Sends once and returns the status line of the final answer, or empty after a second. */
    Optional<String> exchange(String message) throws IOException {
        return exchange(message, 1000);
    }

    /**
     * Sends, retransmitting as a SIP client does over UDP, and returns the status line of the
     * final answer with the same Call-ID (answers to earlier messages are skipped), or empty
     * after the timeout.
     */
    Optional<String> exchange(String message, int timeoutMillis) throws IOException {
        byte[] bytes = message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        Matcher callId = CALL_ID.matcher(message);
        String wanted = callId.find() ? callId.group(1) : "";
        long deadline = System.currentTimeMillis() + timeoutMillis;
        byte[] buffer = new byte[65536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        long nextSend = 0;
        while (System.currentTimeMillis() < deadline) {
            if (System.currentTimeMillis() >= nextSend) {
                send(bytes);
                nextSend = System.currentTimeMillis() + RETRANSMIT_MILLIS;
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(nextSend, deadline) - System.currentTimeMillis()));
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                continue;
            }
            String text = new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8);
            String line = text.substring(0, Math.max(0, text.indexOf('\r')));
            if (!line.startsWith("SIP/2.0 1") && text.contains(wanted)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
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
