package pl.infolinia.telephony.media;

/**
 * Plays 8 kHz mono samples round and round until replaced: music on hold, ringback.
 *
 * <p>Frames run across the loop's end without a gap, so a short loop sounds continuous.
 */
public final class LoopingSource implements FrameSource {

    private final short[] samples;
    private int position;

    public LoopingSource(WavAudio audio) {
        if (audio.format().channels() != 1 || audio.format().sampleRate() != 8000 || audio.samples().length == 0) {
            throw new UnsupportedAudioFormat("music on hold must be non-empty 8 kHz mono, got " + audio.format());
        }
        this.samples = audio.samples();
    }

    @Override
    public short[] nextFrame() {
        short[] frame = new short[MediaClock.SAMPLES_PER_TICK];
        int filled = 0;
        while (filled < frame.length) {
            int chunk = Math.min(frame.length - filled, samples.length - position);
            System.arraycopy(samples, position, frame, filled, chunk);
            filled += chunk;
            position = (position + chunk) % samples.length;
        }
        return frame;
    }

    @Override
    public String toString() {
        return "LoopingSource[" + samples.length + " samples at " + position + "]";
    }
}
