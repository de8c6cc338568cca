package pl.infolinia.telephony.webrtc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.media.MediaTransport;
import pl.infolinia.telephony.media.RtpPorts;

/**
 * A browser's media on one UDP port (RFC 7983 demultiplexing, rtcp-mux): STUN connectivity
 * checks answered as ICE-lite, a DTLS-SRTP handshake as server, then SRTP and SRTCP.
 *
 * <p>The browser's addresses are learnt only from STUN requests that proved it knows our ICE
 * password; DTLS and SRTP from anywhere else are dropped. A browser checks from each of its
 * candidates (loopback and the LAN address, say) and keeps checking them all, so we send on the
 * pair it nominated (USE-CANDIDATE), or on the first checked one until it nominates, and take its
 * packets from any checked address: it may use any pair that succeeded. Until the handshake is
 * done, RTP to send is dropped. Keys are never logged.
 */
public final class WebRtcTransport implements MediaTransport {

    private static final Logger log = LoggerFactory.getLogger(WebRtcTransport.class);
    // more than a browser has candidates: a flood of checks from new ports cannot grow the set
    private static final int MAX_CHECKED_ADDRESSES = 16;

    private final RtpPorts.Pair ports;
    private final DatagramChannel socket;
    private final IceCredentials ice;
    private final String fingerprint;
    private final StunBinding stun;
    private final CompletableFuture<String> remoteFingerprint = new CompletableFuture<>();
    private final DtlsPackets dtls;
    private final DtlsSrtpServer handshake;
    private final Set<InetSocketAddress> checked = ConcurrentHashMap.newKeySet();
    private volatile InetSocketAddress browser; // where we send
    private volatile InetSocketAddress peer; // one address for the stream above, whichever pair is used
    private volatile SrtpSender sender;
    private volatile SrtpReceiver receiver;
    private volatile boolean handshakeStarted;

    WebRtcTransport(RtpPorts.Pair ports, DtlsCertificate certificate, SecureRandom random) {
        this.ports = ports;
        this.fingerprint = certificate.fingerprint();
        this.socket = ports.rtp();
        this.ice = IceCredentials.random(random);
        this.stun = new StunBinding(ice.ufrag(), ice.password());
        this.dtls = new DtlsPackets(this::sendToBrowser);
        this.handshake = new DtlsSrtpServer(new BcTlsCrypto(random), certificate, remoteFingerprint);
        handshake.keys().thenAccept(keys -> {
            receiver = new SrtpReceiver(keys.receiving());
            sender = new SrtpSender(keys.sending());
            log.debug("DTLS-SRTP with the browser at {} on {} is up", browser, port());
        });
    }

    /** Our SDP offer for this port: ICE-lite credentials and candidate, our certificate's fingerprint. */
    public String offer(String address, long sessionId) {
        return BrowserSdp.offer(address, port(), ice, fingerprint, sessionId);
    }

    /**
     * Takes the browser's SDP answer: from now on the handshake accepts only the certificate it
     * names.
     *
     * @return the telephone-event payload type the browser agreed to, or -1
     * @throws pl.infolinia.telephony.UnsupportedMediaFormat if the answer is not one we can use
     */
    public int answered(String sdp) {
        BrowserSdp.Answer answer = BrowserSdp.parseAnswer(sdp);
        remoteFingerprint.complete(answer.fingerprint());
        return answer.telephoneEvent();
    }

    /** Whether SRTP keys have been agreed, so media flows both ways. */
    public boolean secured() {
        return sender != null;
    }

    @Override
    public int port() {
        return ports.port();
    }

    @Override
    public SocketAddress receive(ByteBuffer buffer) throws IOException {
        while (true) {
            buffer.clear();
            SocketAddress from = socket.receive(buffer);
            int length = buffer.position();
            byte[] packet = buffer.array();
            if (!(from instanceof InetSocketAddress address) || length == 0) {
                continue;
            }
            int first = packet[0] & 0xff;
            if (StunBinding.isStun(packet, length)) {
                connectivityCheck(packet, length, address);
            } else if (first >= 20 && first <= 63 && checked.contains(address)) {
                dtls.arrived(Arrays.copyOf(packet, length));
            } else if (first >= 128 && first <= 191 && checked.contains(address) && receiver != null
                    && !RtpHeaders.isRtcp(packet, length)) {
                Optional<byte[]> plain = receiver.unprotectRtp(packet, length);
                if (plain.isPresent()) {
                    buffer.clear();
                    buffer.put(plain.get());
                    return peer;
                }
            }
            // browser RTCP (reports, NACKs) is not needed by a G.711 stream: dropped unread
        }
    }

    private void connectivityCheck(byte[] packet, int length, InetSocketAddress from) throws IOException {
        Optional<StunBinding.Check> check = stun.answer(packet, length, from);
        if (check.isEmpty() || (!checked.contains(from) && checked.size() >= MAX_CHECKED_ADDRESSES)) {
            return;
        }
        checked.add(from);
        if (peer == null) {
            peer = from;
        }
        if (browser == null || check.get().nominates()) {
            browser = from;
        }
        socket.send(ByteBuffer.wrap(check.get().response()), from);
        if (!handshakeStarted) {
            handshakeStarted = true;
            Thread.ofVirtual().name("dtls-" + port()).start(this::shakeHands);
        }
    }

    private void shakeHands() {
        try {
            new DTLSServerProtocol().accept(handshake, dtls);
        } catch (IOException | RuntimeException e) {
            if (socket.isOpen()) {
                log.info("DTLS handshake with the browser at {} on {} failed: {}{}", browser, port(), e.getMessage(),
                        e.getCause() == null ? "" : " (" + e.getCause() + ")");
                log.debug("DTLS handshake failure", e);
            }
        }
    }

    private void sendToBrowser(byte[] datagram) throws IOException {
        InetSocketAddress to = browser;
        if (to != null) {
            socket.send(ByteBuffer.wrap(datagram), to);
        }
    }

    @Override
    public void send(ByteBuffer packet, InetSocketAddress remote) throws IOException {
        SrtpSender current = sender;
        InetSocketAddress to = browser;
        if (current != null && to != null) {
            socket.send(ByteBuffer.wrap(current.protectRtp(packet.array(), packet.remaining())), to);
        }
    }

    @Override
    public void sendControl(ByteBuffer packet, InetSocketAddress remote) throws IOException {
        SrtpSender current = sender;
        InetSocketAddress to = browser;
        if (current != null && to != null) {
            synchronized (current) {
                socket.send(ByteBuffer.wrap(current.protectRtcp(packet.array(), packet.remaining())), to);
            }
        }
    }

    @Override
    public void close() throws IOException {
        dtls.close();
        remoteFingerprint.cancel(false);
        ports.close();
    }
}
