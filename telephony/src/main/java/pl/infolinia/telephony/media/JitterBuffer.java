package pl.infolinia.telephony.media;

import java.util.Optional;

/**
 * A small fixed-delay jitter buffer that puts received RTP packets back in sequence order.
 *
 * <p>The receiving thread offers packets as they arrive; the media clock polls one per tick.
 * Playout starts once {@code depth} packets are held, a missing packet yields an empty poll
 * (the caller plays silence), late and duplicate packets are dropped, and a new SSRC or a jump
 * in sequence numbers (a replayed recording, a re-INVITE) starts over rather than waiting.
 */
public final class JitterBuffer {

    private static final int CAPACITY = 64;
    // a jump this large is a new stream, not reordering
    private static final int RESET_DISTANCE = 100;

    private final int depth;
    private final RtpPacket[] slots = new RtpPacket[CAPACITY];
    private long ssrc = -1;
    private int next;
    private int held;
    private boolean playing;
    private long dropped;

    /** @param depth packets to hold before playout starts, i.e. the delay in 20 ms ticks */
    public JitterBuffer(int depth) {
        if (depth < 1 || depth > CAPACITY / 2) {
            throw new IllegalArgumentException("depth must be 1.." + CAPACITY / 2);
        }
        this.depth = depth;
    }

    /** Accepts a received packet; returns false if it was dropped as late or duplicate. */
    public synchronized boolean offer(RtpPacket packet) {
        if (packet.ssrc() != ssrc || (held == 0 && !playing)) {
            restart(packet);
        }
        int distance = (short) (packet.sequence() - next);
        if (distance < 0 && playing && -distance <= RESET_DISTANCE) {
            dropped++;
            return false;
        }
        if (distance < 0 && !playing && -distance < CAPACITY / 2) {
            // reordered while filling: start playout from the earlier packet
            next = packet.sequence();
            distance = 0;
        }
        if (distance < 0 || distance >= CAPACITY) {
            restart(packet);
            distance = 0;
        }
        int slot = packet.sequence() % CAPACITY;
        if (slots[slot] != null && slots[slot].sequence() == packet.sequence()) {
            dropped++;
            return false;
        }
        slots[slot] = packet;
        held++;
        if (!playing && held >= depth) {
            playing = true;
        }
        return true;
    }

    private void restart(RtpPacket packet) {
        if (held > 0) { // with none held every slot is empty already
            java.util.Arrays.fill(slots, null);
        }
        ssrc = packet.ssrc();
        next = packet.sequence();
        held = 0;
        playing = false;
    }

    /** The packet due in this tick, or empty while filling or when it was lost. */
    public synchronized Optional<RtpPacket> poll() {
        if (!playing) {
            return Optional.empty();
        }
        if (held == 0) {
            // the sender paused (or stopped): fill again before playing on
            playing = false;
            return Optional.empty();
        }
        int slot = next % CAPACITY;
        RtpPacket packet = slots[slot];
        next = (next + 1) & 0xFFFF;
        if (packet == null) {
            return Optional.empty();
        }
        slots[slot] = null;
        held--;
        return Optional.of(packet);
    }

    /** How many packets were dropped as late or duplicate since creation. */
    public synchronized long dropped() {
        return dropped;
    }
}
