package pl.infolinia.telephony.testkit;

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

    /**
     * The share (0..1) of the signal's energy at one frequency, by Goertzel over 40 ms blocks:
     * near 1 for a pure tone, small for speech.
     */
    public static double toneShare(short[] samples, double frequency, int sampleRate) {
        int block = sampleRate / 25;
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
        double tone = 0;
        double energy = 0;
        for (int offset = 0; offset + block <= samples.length; offset += block) {
            double s1 = 0;
            double s2 = 0;
            for (int i = offset; i < offset + block; i++) {
                double s0 = samples[i] + coefficient * s1 - s2;
                s2 = s1;
                s1 = s0;
                energy += (double) samples[i] * samples[i];
            }
            tone += (s1 * s1 + s2 * s2 - coefficient * s1 * s2) * 2 / block;
        }
        return energy == 0 ? 0 : tone / energy;
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
