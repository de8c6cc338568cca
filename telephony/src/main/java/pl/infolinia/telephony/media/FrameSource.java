package pl.infolinia.telephony.media;

/**
 * Where a channel's outgoing audio comes from in each tick: a prompt, a bridge, a mixer.
 *
 * <p>Frames are read-only once handed out: a frame may be shared (silence is one array for every
 * call) and may be read again by a bridge or a recorder after the tick.
 */
@FunctionalInterface
public interface FrameSource {

    /** Silence: 20 ms of zero samples, the same array every time. */
    FrameSource SILENCE = new FrameSource() {
        private final short[] zeros = new short[MediaClock.SAMPLES_PER_TICK];

        @Override
        public short[] nextFrame() {
            return zeros;
        }
    };

    /** The next 20 ms of linear samples; called once per tick on the clock thread. */
    short[] nextFrame();
}
