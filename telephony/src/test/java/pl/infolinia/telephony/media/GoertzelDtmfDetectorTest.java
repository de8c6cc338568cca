package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GoertzelDtmfDetectorTest {

    private static final double[] ROWS = {697, 770, 852, 941};
    private static final double[] COLUMNS = {1209, 1336, 1477, 1633};
    private static final String KEYPAD = "123A456B789C*0#D";

    /** 8 kHz samples of a key (or silence for ' ') at −10 dBFS per tone. */
    private static short[] tone(char key, int millis) {
        short[] out = new short[millis * 8];
        if (key == ' ') {
            return out;
        }
        int index = KEYPAD.indexOf(key);
        double low = ROWS[index / 4];
        double high = COLUMNS[index % 4];
        for (int i = 0; i < out.length; i++) {
            double t = i / 8000.0;
            out[i] = (short) (10000 * (Math.sin(2 * Math.PI * low * t) + Math.sin(2 * Math.PI * high * t)));
        }
        return out;
    }

    private static List<Character> detect(short[] audio) {
        GoertzelDtmfDetector detector = new GoertzelDtmfDetector();
        List<Character> keys = new ArrayList<>();
        for (int offset = 0; offset + 160 <= audio.length; offset += 160) {
            detector.accept(Arrays.copyOfRange(audio, offset, offset + 160)).ifPresent(keys::add);
        }
        return keys;
    }

    private static short[] concat(short[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        short[] out = new short[length];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    @Test
    void detectsAllSixteenKeysOnceEach() {
        List<short[]> parts = new ArrayList<>();
        for (char key : KEYPAD.toCharArray()) {
            parts.add(tone(key, 80));
            parts.add(tone(' ', 60));
        }

        assertThat(detect(concat(parts.toArray(short[][]::new))))
                .containsExactlyElementsOf(KEYPAD.chars().mapToObj(c -> (char) c).toList());
    }

    @Test
    void detectsKeysThatWentThroughMuLaw() {
        short[] audio = concat(tone('9', 100), tone(' ', 60), tone('9', 100), tone(' ', 40));
        short[] line = G711.PCMU.decode(G711.PCMU.encode(audio));

        assertThat(detect(line)).containsExactly('9', '9');
    }

    @Test
    void aLongKeyPressIsOneKey() {
        assertThat(detect(concat(tone('5', 1000), tone(' ', 100)))).containsExactly('5');
    }

    @Test
    void hearsNoKeysInPolishSpeech() throws java.io.IOException {
        WavAudio speech = WavReader.read(WavFilesTest.AUDIO.resolve("pl-dowod-8k-s16.wav"));

        assertThat(detect(speech.samples())).isEmpty();
        assertThat(detect(concat(speech.samples(), tone('3', 80), tone(' ', 40)))).containsExactly('3');
    }

    @Test
    void ignoresSingleTonesNoiseAndSilence() {
        short[] oneKilohertz = new short[8000];
        for (int i = 0; i < oneKilohertz.length; i++) {
            oneKilohertz[i] = (short) (16000 * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
        }
        short[] rowOnly = new short[8000];
        for (int i = 0; i < rowOnly.length; i++) {
            rowOnly[i] = (short) (16000 * Math.sin(2 * Math.PI * 770 * i / 8000.0));
        }
        Random random = new Random(4733);
        short[] noise = new short[8000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) (random.nextGaussian() * 5000);
        }

        assertThat(detect(oneKilohertz)).isEmpty();
        assertThat(detect(rowOnly)).isEmpty();
        assertThat(detect(noise)).isEmpty();
        assertThat(detect(new short[8000])).isEmpty();
    }
}
