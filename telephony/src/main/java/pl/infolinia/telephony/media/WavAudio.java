package pl.infolinia.telephony.media;

import java.time.Duration;

/**
 * Audio read from a WAV file, decoded to 16-bit linear samples.
 *
 * @param samples linear samples, interleaved left/right for stereo
 */
public record WavAudio(WavFormat format, short[] samples) {

    /** Samples per channel. */
    public int frames() {
        return samples.length / format.channels();
    }

    public Duration duration() {
        return Duration.ofNanos(frames() * 1_000_000_000L / format.sampleRate());
    }

    /** One channel's samples: 0 = left (or mono), 1 = right. */
    public short[] channel(int index) {
        int channels = format.channels();
        short[] out = new short[frames()];
        for (int i = 0; i < out.length; i++) {
            out[i] = samples[i * channels + index];
        }
        return out;
    }
}
