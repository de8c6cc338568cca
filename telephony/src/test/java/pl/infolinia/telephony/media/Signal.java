package pl.infolinia.telephony.media;

/** Measurements on test audio, the way the testkit measures with sox. */
final class Signal {

    private Signal() {
    }

    /** Root mean square as a fraction of full scale (sox's "RMS amplitude"). */
    static double rms(short[] samples) {
        double sum = 0;
        for (short sample : samples) {
            double x = sample / 32768.0;
            sum += x * x;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    }

    /** The frequency with the most energy, by zero crossings (good enough for a pure tone). */
    static double dominantFrequency(short[] samples, int sampleRate) {
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 * sampleRate / samples.length;
    }
}
