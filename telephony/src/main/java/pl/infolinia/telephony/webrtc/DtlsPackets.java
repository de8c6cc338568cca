package pl.infolinia.telephony.webrtc;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.DatagramTransport;

/**
 * The DTLS records of one browser connection as BouncyCastle's {@link DatagramTransport}: the
 * port's receiving thread hands them in, the handshake thread takes them out; sending goes back
 * through the shared port to the browser.
 */
final class DtlsPackets implements DatagramTransport {

    /** Sends one datagram to the browser. */
    @FunctionalInterface
    interface Sender {
        void send(byte[] datagram) throws IOException;
    }

    private static final int MTU = 1200; // fits any path a browser uses, with room for IP and UDP headers
    private static final int QUEUED_MAX = 64;

    private final BlockingQueue<byte[]> incoming = new LinkedBlockingQueue<>(QUEUED_MAX);
    private final Sender sender;
    private volatile boolean closed;

    DtlsPackets(Sender sender) {
        this.sender = sender;
    }

    /** Hands in one DTLS record datagram; dropped if the handshake thread is far behind. */
    void arrived(byte[] datagram) {
        incoming.offer(datagram);
    }

    @Override
    public int getReceiveLimit() {
        return 1500;
    }

    @Override
    public int getSendLimit() {
        return MTU;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        if (closed) {
            throw new IOException("DTLS transport closed");
        }
        try {
            byte[] datagram = incoming.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (datagram == null) {
                return -1;
            }
            int length = Math.min(len, datagram.length);
            System.arraycopy(datagram, 0, buf, off, length);
            return length;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        byte[] datagram = new byte[len];
        System.arraycopy(buf, off, datagram, 0, len);
        sender.send(datagram);
    }

    @Override
    public void close() {
        closed = true;
    }
}
