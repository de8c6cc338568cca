package pl.infolinia.telephony.media;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Mixes three or more parties: each hears the sum of all the others but never itself.
 *
 * <p>A port that only {@link Role#LISTEN listens} hears everybody and is heard by nobody (a
 * supervisor listening in); a {@link Role#WHISPER whispering} port is heard by one port only
 * (a supervisor coaching the consultant while the citizen hears nothing of it). Sums saturate at the 16-bit limits instead of wrapping round,
 * which would turn loud speech into clicks. The frames of one tick are kept until the next
 * tick's frames replace them, so every port reads a complete set whatever the task order.
 */
public final class Mixer {

    /** What a party does in the conference. */
    public enum Role { SPEAK, LISTEN, WHISPER }

    private final List<Port> ports = new CopyOnWriteArrayList<>();

    /** Joins as a speaker or a listener; whisperers join with {@link #whisperTo}. */
    public Port join(Role role) {
        if (role == Role.WHISPER) {
            throw new IllegalArgumentException("a whisperer needs the port it whispers to");
        }
        Port port = new Port(role, null);
        ports.add(port);
        return port;
    }

    /** Joins a port that hears everybody and is heard only by {@code listener}. */
    public Port whisperTo(Port listener) {
        Port port = new Port(Role.WHISPER, listener);
        ports.add(port);
        return port;
    }

    public void leave(Port port) {
        ports.remove(port);
    }

    public int size() {
        return ports.size();
    }

    /** One party's connection to the mixer. */
    public final class Port implements FrameSink, FrameSource {

        private final Role role;
        private final Port whisperedTo;
        private volatile short[] said = FrameSource.SILENCE.nextFrame();

        private Port(Role role, Port whisperedTo) {
            this.role = role;
            this.whisperedTo = whisperedTo;
        }

        /** Whether this party talks in the bridge (not a listening or whispering supervisor). */
        public boolean speaks() {
            return role == Role.SPEAK;
        }

        private boolean heardBy(Port listener) {
            return this != listener && (role == Role.SPEAK || (role == Role.WHISPER && whisperedTo == listener));
        }

        @Override
        public void accept(short[] frame) {
            said = frame;
        }

        @Override
        public short[] nextFrame() {
            int[] sum = new int[MediaClock.SAMPLES_PER_TICK];
            for (Port other : ports) {
                if (other.heardBy(this)) {
                    short[] frame = other.said;
                    for (int i = 0; i < sum.length && i < frame.length; i++) {
                        sum[i] += frame[i];
                    }
                }
            }
            short[] out = new short[sum.length];
            for (int i = 0; i < sum.length; i++) {
                out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sum[i]));
            }
            return out;
        }
    }
}
