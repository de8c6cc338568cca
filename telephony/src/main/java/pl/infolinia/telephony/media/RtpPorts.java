package pl.infolinia.telephony.media;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out RTP/RTCP socket pairs on consecutive ports (even for RTP, as RFC 3550 §11 asks)
 * from a configured range, round-robin, so that a port just released is not reused at once.
 */
public final class RtpPorts {

    /** A bound RTP socket and its RTCP neighbour on the next port: plain RTP's transport. */
    public record Pair(DatagramChannel rtp, DatagramChannel rtcp) implements MediaTransport {

        @Override
        public int port() {
            return rtp.socket().getLocalPort();
        }

        @Override
        public SocketAddress receive(ByteBuffer buffer) throws IOException {
            return rtp.receive(buffer);
        }

        @Override
        public void send(ByteBuffer packet, InetSocketAddress remote) throws IOException {
            rtp.send(packet, remote);
        }

        @Override
        public void sendControl(ByteBuffer packet, InetSocketAddress remote) throws IOException {
            rtcp.send(packet, new InetSocketAddress(remote.getAddress(), remote.getPort() + 1));
        }

        @Override
        public void close() throws IOException {
            try (rtcp) {
                rtp.close();
            }
        }
    }

    private final InetAddress address;
    private final int first;
    private final int count;
    private final AtomicInteger next = new AtomicInteger();

    /** @param min lowest port (rounded up to even); @param max highest port for RTCP */
    public RtpPorts(InetAddress address, int min, int max) {
        this.address = address;
        this.first = min + (min & 1);
        this.count = (max - first + 1) / 2;
        if (count < 1) {
            throw new IllegalArgumentException("RTP port range " + min + "-" + max + " holds no pair");
        }
    }

    /**
     * Binds the next free pair.
     *
     * @throws IOException if every pair in the range is taken
     */
    public Pair allocate() throws IOException {
        for (int attempt = 0; attempt < count; attempt++) {
            int port = first + 2 * Math.floorMod(next.getAndIncrement(), count);
            DatagramChannel rtp = DatagramChannel.open();
            try {
                rtp.bind(new InetSocketAddress(address, port));
                DatagramChannel rtcp = DatagramChannel.open();
                try {
                    rtcp.bind(new InetSocketAddress(address, port + 1));
                    return new Pair(rtp, rtcp);
                } catch (IOException e) {
                    rtcp.close();
                    rtp.close();
                }
            } catch (IOException e) {
                rtp.close();
            }
        }
        throw new IOException("no free RTP port pair in " + first + "-" + (first + 2 * count - 1));
    }
}
