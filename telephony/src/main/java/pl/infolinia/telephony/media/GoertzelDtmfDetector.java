package pl.infolinia.telephony.media;

import java.util.Optional;

/**
 * Finds DTMF key presses in 8 kHz audio with the Goertzel algorithm, for callers whose phones
 * send the tones in-band instead of as RFC 4733 events.
 *
 * <p>Audio is cut into blocks of 205 samples (bins ~39 Hz apart, as ITU-T Q.24 tones need).
 * A block holds a key when the strongest row and column tones carry most of the block's energy,
 * stand clear of the other tones in their group and are within the allowed twist. A key is
 * reported once, after two consecutive blocks agree, and again only after a block without it.
 */
public final class GoertzelDtmfDetector {

    private static final int BLOCK = 205;
    private static final int SAMPLE_RATE = 8000;
    private static final double[] ROWS = {697, 770, 852, 941};
    private static final double[] COLUMNS = {1209, 1336, 1477, 1633};
    private static final char[][] KEYS = {
        {'1', '2', '3', 'A'}, {'4', '5', '6', 'B'}, {'7', '8', '9', 'C'}, {'*', '0', '#', 'D'}};
    // Goertzel power of a full-scale tone is about (BLOCK/2)^2 * 32768^2; this is ~-35 dBFS
    private static final double MIN_TONE_POWER = Math.pow(BLOCK / 2.0 * 32768 * 0.018, 2);
    private static final double MAX_TWIST = Math.pow(10, 8 / 10.0);
    private static final double MIN_GROUP_MARGIN = Math.pow(10, 6 / 10.0);
    // the two tones must hold this share of the block's energy, which rejects speech and noise
    private static final double MIN_ENERGY_SHARE = 0.6;

    private final double[] rowCoefficients = coefficients(ROWS);
    private final double[] columnCoefficients = coefficients(COLUMNS);
    private final double[] block = new double[BLOCK];
    private int filled;
    private char candidate;
    private char reported;

    private static double[] coefficients(double[] frequencies) {
        double[] result = new double[frequencies.length];
        for (int i = 0; i < frequencies.length; i++) {
            result[i] = 2 * Math.cos(2 * Math.PI * frequencies[i] / SAMPLE_RATE);
        }
        return result;
    }

    /**
     * Feeds samples in; returns the key completed in them, if any. A frame too short to hold two
     * keys reports at most one; feed 20 ms frames.
     */
    public Optional<Character> accept(short[] samples) {
        Optional<Character> found = Optional.empty();
        for (short sample : samples) {
            block[filled++] = sample;
            if (filled == BLOCK) {
                filled = 0;
                Optional<Character> key = decide(keyIn(block));
                if (key.isPresent()) {
                    found = key;
                }
            }
        }
        return found;
    }

    private Optional<Character> decide(char key) {
        char previous = candidate;
        candidate = key;
        if (key == 0) {
            reported = 0;
            return Optional.empty();
        }
        if (key == previous && key != reported) {
            reported = key;
            return Optional.of(key);
        }
        return Optional.empty();
    }

    private char keyIn(double[] samples) {
        double[] rows = powers(samples, rowCoefficients);
        double[] columns = powers(samples, columnCoefficients);
        int row = strongest(rows);
        int column = strongest(columns);
        double rowPower = rows[row];
        double columnPower = columns[column];
        if (rowPower < MIN_TONE_POWER || columnPower < MIN_TONE_POWER) {
            return 0;
        }
        if (columnPower > rowPower * MAX_TWIST || rowPower > columnPower * MAX_TWIST) {
            return 0;
        }
        if (!clearOfOthers(rows, row) || !clearOfOthers(columns, column)) {
            return 0;
        }
        double energy = 0;
        for (double s : samples) {
            energy += s * s;
        }
        // a pure tone of amplitude A has Goertzel power (N·A/2)^2 and energy N·A²/2
        double toneEnergy = (rowPower + columnPower) * 2 / BLOCK;
        if (toneEnergy < MIN_ENERGY_SHARE * energy) {
            return 0;
        }
        return KEYS[row][column];
    }

    private static double[] powers(double[] samples, double[] coefficients) {
        double[] result = new double[coefficients.length];
        for (int i = 0; i < coefficients.length; i++) {
            double coefficient = coefficients[i];
            double s1 = 0;
            double s2 = 0;
            for (double sample : samples) {
                double s0 = sample + coefficient * s1 - s2;
                s2 = s1;
                s1 = s0;
            }
            result[i] = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        }
        return result;
    }

    private static int strongest(double[] powers) {
        int best = 0;
        for (int i = 1; i < powers.length; i++) {
            if (powers[i] > powers[best]) {
                best = i;
            }
        }
        return best;
    }

    private static boolean clearOfOthers(double[] powers, int peak) {
        for (int i = 0; i < powers.length; i++) {
            if (i != peak && powers[i] * MIN_GROUP_MARGIN > powers[peak]) {
                return false;
            }
        }
        return true;
    }
}
