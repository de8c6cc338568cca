package pl.infolinia.telephony.media;

/** Measurements on test audio, the way the testkit measures with sox. */
public final class Signal {

    private Signal() {
    }

    /** Root mean square as a fraction of full scale (sox's "RMS amplitude"). */
    public static double rms(short[] samples) {
        double sum = 0;
        for (short sample : samples) {
            double x = sample / 32768.0;
            sum += x * x;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    }

    /** Seconds of audio whose 20 ms windows have an RMS above {@code threshold}. */
    public static double secondsAbove(short[] samples, double threshold) {
        int windows = 0;
        for (int offset = 0; offset + 160 <= samples.length; offset += 160) {
            if (rms(java.util.Arrays.copyOfRange(samples, offset, offset + 160)) > threshold) {
                windows++;
            }
        }
        return windows * 0.02;
    }

    /** The frequency with the most energy, by zero crossings (good enough for a pure tone). */
    public static double dominantFrequency(short[] samples, int sampleRate) {
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 * sampleRate / samples.length;
    }
}
