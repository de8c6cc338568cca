package pl.infolinia.telephony.media;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 4733 packets that send one key press, one per 20 ms tick.
 *
 * <p>The first packet carries the marker bit; all share the event's start timestamp; the
 * duration grows by one tick per packet; the end packet is sent three times, as RFC 4733
 * §2.5.1.4 recommends, so that one lost datagram does not lose the digit.
 */
public final class DtmfEventSender {

    static final int VOLUME = 10;
    private static final int END_REPEATS = 3;

    private final List<TelephoneEvent> events;
    private final long timestamp;
    private int sent;

    /**
     * @param digit     the key
     * @param ticks     length of the tone in 20 ms ticks, at least one
     * @param timestamp the RTP timestamp at which the tone starts
     */
    public DtmfEventSender(char digit, int ticks, long timestamp) {
        List<TelephoneEvent> planned = new ArrayList<>();
        for (int i = 1; i < ticks; i++) {
            planned.add(TelephoneEvent.of(digit, false, VOLUME, i * MediaClock.SAMPLES_PER_TICK));
        }
        for (int i = 0; i < END_REPEATS; i++) {
            planned.add(TelephoneEvent.of(digit, true, VOLUME, ticks * MediaClock.SAMPLES_PER_TICK));
        }
        this.events = List.copyOf(planned);
        this.timestamp = timestamp;
    }

    public boolean finished() {
        return sent >= events.size();
    }

    /** The packet for this tick from the session; call only while not {@link #finished()}. */
    public RtpPacket next(RtpSession session, int payloadType) {
        TelephoneEvent event = events.get(sent);
        return session.packet(payloadType, event.encode(), timestamp, sent++ == 0);
    }

    /** Number of packets this key press takes, the three end packets included. */
    public int packetCount() {
        return events.size();
    }
}
