package pl.infolinia.telephony.media;

/**
 * Where a channel's incoming audio goes in each tick: a recorder, a detector, a bridge.
 */
@FunctionalInterface
public interface FrameSink {

    /** Takes 20 ms of linear samples; called once per tick on the clock thread. */
    void accept(short[] frame);
}
