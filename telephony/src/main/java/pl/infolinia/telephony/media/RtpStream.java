package pl.infolinia.telephony.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media of one call leg: G.711 audio and RFC 4733 events both ways over one
 * {@link MediaTransport} (a plain RTP socket pair, or SRTP for a browser).
 *
 * <p>Received packets go through the jitter buffer and come out once per tick to the sinks
 * (recorder, bridge); key presses arrive as RFC 4733 events or, when the peer did not offer
 * telephone-event, are found in-band by Goertzel. Every tick one frame from the current source
 * is sent. RTP is symmetric: replies go to where the peer's packets come from, which gets
 * through NAT. The stream latches on to that source: while it keeps talking, packets from any
 * other address are dropped, so a stranger who finds the port cannot take the call's audio over;
 * after {@value #RELATCH_AFTER_NANOS} ns of silence (a NAT that remapped the port) the next source
 * is followed. A virtual thread receives; the shared {@link MediaClock} paces sending.
 */
public final class RtpStream implements MediaTask, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RtpStream.class);
    private static final int DIGIT_TICKS = 5;
    private static final int RTCP_EVERY_TICKS = 250; // 5 s, RFC 3550's minimum interval
    // how long the peer must have been silent before packets from another address may take over
    private static final long RELATCH_AFTER_NANOS = 2_000_000_000L;

    private final MediaTransport sockets;
    private final G711 codec;
    private final int eventPayloadType;
    private final Consumer<Character> onDigit;
    private final RtpSession session;
    private final JitterBuffer jitter = new JitterBuffer(2);
    private final DtmfEventReceiver events = new DtmfEventReceiver();
    private final GoertzelDtmfDetector inBand = new GoertzelDtmfDetector();
    private final List<FrameSink> sinks = new CopyOnWriteArrayList<>();
    private final Queue<Character> digitsToSend = new ConcurrentLinkedQueue<>();
    private final ByteBuffer outgoing = ByteBuffer.allocate(1500); // the clock thread's, one packet at a time
    private volatile InetSocketAddress remote;
    private volatile FrameSource source = FrameSource.SILENCE;
    private volatile WavRecorder recorder;
    private volatile boolean closed;
    private volatile boolean sending = true;
    private volatile boolean latched;
    private long lastFromPeer; // receiving thread only
    private long strangers;
    private DtmfEventSender event;
    private short[] heard = FrameSource.SILENCE.nextFrame();
    private long malformed;
    private boolean talking;

    /**
     * @param eventPayloadType the negotiated telephone-event payload type, or -1 for in-band DTMF
     * @param onDigit          told of each key press, on the receiving or the clock thread
     */
    public RtpStream(MediaTransport sockets, InetSocketAddress remote, G711 codec, int eventPayloadType,
                     Consumer<Character> onDigit, RandomGenerator random) {
        this.sockets = sockets;
        this.remote = remote;
        this.codec = codec;
        this.eventPayloadType = eventPayloadType;
        this.onDigit = onDigit;
        this.session = new RtpSession(random);
    }

    public int localPort() {
        return sockets.port();
    }

    /** Starts receiving and joins the clock. */
    public void start(MediaClock clock) {
        Thread.ofVirtual().name("rtp-" + localPort()).start(this::receive);
        clock.add(this);
    }

    /** What the peer hears from the next tick on. */
    public void play(FrameSource newSource) {
        source = newSource;
    }

    public void addSink(FrameSink sink) {
        sinks.add(sink);
    }

    public void removeSink(FrameSink sink) {
        sinks.remove(sink);
    }

    public void record(WavRecorder newRecorder) {
        recorder = newRecorder;
    }

    /** Sends to a new address, as a re-INVITE may move the peer's media; the next source is followed. */
    public void redirect(InetSocketAddress newRemote) {
        remote = newRemote;
        latched = false;
    }

    /** Stops or resumes sending, for a peer that put us on hold; receiving goes on. */
    public void sending(boolean on) {
        sending = on;
    }

    /** Queues a key press to send as RFC 4733 events (100 ms, then the three end packets). */
    public void sendDigit(char digit) {
        digitsToSend.add(digit);
    }

    private void receive() {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        while (!closed) {
            try {
                buffer.clear();
                SocketAddress from = sockets.receive(buffer);
                accept(buffer.array(), buffer.position(), from);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                log.debug("RTP receive on {} failed: {}", localPort(), e.toString());
            }
        }
    }

    private void accept(byte[] data, int length, SocketAddress from) {
        RtpPacket packet;
        try {
            packet = RtpPacket.parse(data, length);
        } catch (MalformedRtpPacket e) {
            if (malformed++ % 1000 == 0) {
                log.debug("Malformed RTP on {} ({} so far): {}", localPort(), malformed, e.getMessage());
            }
            return;
        }
        if (from instanceof InetSocketAddress address && !fromPeer(address)) {
            if (strangers++ % 1000 == 0) {
                log.debug("RTP on {} from {} dropped: the call's peer is {} ({} so far)", localPort(), address, remote, strangers);
            }
            return;
        }
        if (packet.payloadType() == eventPayloadType) {
            events.accept(packet).ifPresent(onDigit);
        } else if (packet.payloadType() == codec.payloadType()) {
            jitter.offer(packet);
        }
    }

    /** Symmetric RTP (RFC 4961): follows the first source, and another only after the peer fell silent. */
    private boolean fromPeer(InetSocketAddress address) {
        long now = System.nanoTime();
        if (!address.equals(remote)) {
            if (latched && now - lastFromPeer < RELATCH_AFTER_NANOS) {
                return false;
            }
            remote = address;
        }
        latched = true;
        lastFromPeer = now;
        return true;
    }

    @Override
    public void hear(long tick) {
        heard = jitter.poll().map(p -> codec.decode(p.payload())).orElseGet(FrameSource.SILENCE::nextFrame);
        if (eventPayloadType < 0) {
            inBand.accept(heard).ifPresent(onDigit);
        }
        for (FrameSink sink : sinks) {
            sink.accept(heard);
        }
    }

    @Override
    public void speak(long tick) {
        short[] frame = source.nextFrame();
        WavRecorder current = recorder;
        if (current != null) {
            current.write(heard, frame);
        }
        if (!sending) {
            session.advance(MediaClock.SAMPLES_PER_TICK); // time goes on while the peer holds us
            talking = false;
            return;
        }
        if (event == null && eventPayloadType >= 0 && !digitsToSend.isEmpty()) {
            event = new DtmfEventSender(digitsToSend.remove(), DIGIT_TICKS, session.timestamp());
        }
        if (event != null) {
            send(event.next(session, eventPayloadType));
            session.advance(MediaClock.SAMPLES_PER_TICK);
            if (event.finished()) {
                event = null;
                talking = false;
            }
        } else {
            // the marker starts a talkspurt: the stream's first packet and the first after a digit
            send(session.audio(codec.payloadType(), codec.encode(frame), frame.length, !talking));
            talking = true;
        }
        if (tick % RTCP_EVERY_TICKS == RTCP_EVERY_TICKS - 1) {
            sendReport();
        }
    }

    private void send(RtpPacket packet) {
        try {
            sockets.send(packet.encodeInto(outgoing), remote);
        } catch (IOException e) {
            log.debug("RTP send to {} failed: {}", remote, e.toString());
        }
    }

    private void sendReport() {
        try {
            sockets.sendControl(ByteBuffer.wrap(session.senderReport(Instant.now()).encode()), remote);
        } catch (IOException e) {
            log.debug("RTCP send to {} failed: {}", remote, e.toString());
        }
    }

    /** Stops receiving and frees the ports; taking the stream off the clock is the owner's job. */
    @Override
    public void close() {
        closed = true;
        WavRecorder current = recorder;
        if (current != null) {
            current.stop();
        }
        try {
            sockets.close();
        } catch (IOException e) {
            log.debug("Closing RTP ports {} failed: {}", localPort(), e.toString());
        }
    }
}
