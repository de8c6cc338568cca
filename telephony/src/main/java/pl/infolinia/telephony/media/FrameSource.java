package pl.infolinia.telephony.media;

/**
 * Where a channel's outgoing audio comes from in each tick: a prompt, a bridge, a mixer.
 */
@FunctionalInterface
public interface FrameSource {

    /** Silence: 20 ms of zero samples. */
    FrameSource SILENCE = () -> new short[MediaClock.SAMPLES_PER_TICK];

    /** The next 20 ms of linear samples; called once per tick on the clock thread. */
    short[] nextFrame();
}
