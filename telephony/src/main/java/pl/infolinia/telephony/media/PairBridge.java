package pl.infolinia.telephony.media;

/**
 * Connects two parties so that each hears the other, without mixing.
 *
 * <p>Each side's port is a sink for what that party said and a source for what it hears. As
 * the clock lets every stream hear before any speaks, a frame crosses the bridge in the tick
 * it arrived. A side that delivered nothing in a tick is heard as silence.
 */
public final class PairBridge {

    private final Port first = new Port();
    private final Port second = new Port();

    public PairBridge() {
        first.peer = second;
        second.peer = first;
    }

    /** The first party's port: feed it what the first party said, play its source to them. */
    public Port first() {
        return first;
    }

    public Port second() {
        return second;
    }

    /** One party's side of the bridge. */
    public static final class Port implements FrameSink, FrameSource {

        private Port peer;
        private volatile short[] said;

        @Override
        public void accept(short[] frame) {
            said = frame;
        }

        @Override
        public short[] nextFrame() {
            short[] frame = peer.said;
            peer.said = null;
            return frame != null ? frame : FrameSource.SILENCE.nextFrame();
        }
    }
}
