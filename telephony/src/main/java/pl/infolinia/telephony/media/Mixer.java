package pl.infolinia.telephony.media;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Mixes three or more parties: each hears the sum of all the others but never itself.
 *
 * <p>A port that only {@link Role#LISTEN listens} hears everybody and is heard by nobody (a
 * supervisor listening in). Sums saturate at the 16-bit limits instead of wrapping round,
 * which would turn loud speech into clicks. The frames of one tick are kept until the next
 * tick's frames replace them, so every port reads a complete set whatever the task order.
 */
public final class Mixer {

    /** What a party does in the conference. */
    public enum Role { SPEAK, LISTEN }

    private final List<Port> ports = new CopyOnWriteArrayList<>();

    public Port join(Role role) {
        Port port = new Port(role);
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
        private volatile short[] said = FrameSource.SILENCE.nextFrame();

        private Port(Role role) {
            this.role = role;
        }

        @Override
        public void accept(short[] frame) {
            said = frame;
        }

        @Override
        public short[] nextFrame() {
            int[] sum = new int[MediaClock.SAMPLES_PER_TICK];
            for (Port other : ports) {
                if (other != this && other.role == Role.SPEAK) {
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
