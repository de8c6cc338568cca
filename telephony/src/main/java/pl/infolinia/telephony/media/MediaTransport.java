package pl.infolinia.telephony.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;

/**
 * Where one {@link RtpStream} sends and receives its packets: plain RTP on a socket pair
 * ({@link RtpPorts.Pair}), or SRTP behind ICE and DTLS on one port for a browser.
 *
 * <p>Packets cross this boundary as plain RTP and RTCP; a transport that protects them does so
 * inside.
 */
public interface MediaTransport extends AutoCloseable {

    /** The local port the peer sends RTP to. */
    int port();

    /**
     * Blocks until the next RTP packet arrives, puts it into {@code buffer} (position = length)
     * and returns where it came from.
     *
     * @throws java.nio.channels.ClosedChannelException once the transport is closed
     */
    SocketAddress receive(ByteBuffer buffer) throws IOException;

    /** Sends one RTP packet to the peer at {@code remote}. */
    void send(ByteBuffer packet, InetSocketAddress remote) throws IOException;

    /** Sends one RTCP packet to the peer whose RTP goes to {@code remote}. */
    void sendControl(ByteBuffer packet, InetSocketAddress remote) throws IOException;

    @Override
    void close() throws IOException;
}
