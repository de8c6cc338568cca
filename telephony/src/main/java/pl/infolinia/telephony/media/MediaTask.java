package pl.infolinia.telephony.media;

/**
 * Work that the media clock runs every 20 ms, in two phases.
 *
 * <p>In each tick the clock first lets every task {@link #hear} (take the frame that arrived)
 * and only then lets every task {@link #speak} (send the next frame). A bridge thus hands on a
 * frame in the tick it arrived, whatever the order of the tasks.
 */
public interface MediaTask {

    /** Takes in what was received for this tick; runs on the clock thread. */
    void hear(long tick);

    /** Sends what is due in this tick; runs on the clock thread. */
    void speak(long tick);
}
