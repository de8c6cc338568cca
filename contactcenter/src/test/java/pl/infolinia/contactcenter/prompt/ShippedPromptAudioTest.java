package pl.infolinia.contactcenter.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.infolinia.telephony.media.PromptSource;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavReader;

/** The shipped WAVs as a caller hears them: playable, audible, as long as what they say. */
class ShippedPromptAudioTest {

    private static final PromptSet POLISH = PromptSet.polish();
    private static final Set<String> WORDS = PromptsNamedElsewhere.queueAnnouncementTexts().keySet();

    /** -30 dBFS: far below speech normalised to -3 dBFS, far above µ-law silence. */
    private static final double AUDIBLE_RMS = dbfs(-30);
    /** What tools/generate-prompts trims from the ends of speech as silence: 1 % of full scale. */
    private static final int SILENCE = 328;

    static List<String> prompts() {
        return POLISH.names();
    }

    static Set<String> words() {
        return WORDS;
    }

    @ParameterizedTest
    @MethodSource("prompts")
    void isAnEightKilohertzMonoWavTheEngineCanPlay(String name) throws IOException {
        WavAudio audio = read(name);

        assertThat(audio.format().sampleRate()).isEqualTo(8000);
        assertThat(audio.format().channels()).isEqualTo(1);
        assertThatCode(() -> new PromptSource(audio)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("prompts")
    void isAudible(String name) throws IOException {
        assertThat(rms(read(name).samples())).isGreaterThan(AUDIBLE_RMS);
    }

    @ParameterizedTest
    @MethodSource("prompts")
    void lastsAsLongAsWhatItSays(String name) throws IOException {
        double seconds = read(name).duration().toNanos() / 1e9;

        if (WORDS.contains(name)) {
            assertThat(seconds).isBetween(0.15, 2.5);
        } else if (name.equals(CallPrompts.MUSIC_ON_HOLD)) {
            assertThat(seconds).isBetween(20.0, 60.0);
        } else if (name.equals(CallPrompts.BEEP)) {
            assertThat(seconds).isBetween(0.35, 0.45);
        } else {
            // no one says a letter in under 30 ms: a shorter file has lost part of its sentence
            assertThat(seconds).isBetween(POLISH.text(name).length() * 0.03, 40.0);
        }
    }

    @ParameterizedTest
    @MethodSource("words")
    void wordHasOnlyAShortPauseAtEachEndSoThatWordsJoinIntoASentence(String name) throws IOException {
        short[] samples = read(name).samples();
        int start = 0;
        while (start < samples.length && Math.abs(samples[start]) < SILENCE) {
            start++;
        }
        int end = samples.length;
        while (end > start && Math.abs(samples[end - 1]) < SILENCE) {
            end--;
        }

        assertThat(Duration.ofMillis(start / 8)).isLessThanOrEqualTo(Duration.ofMillis(100));
        assertThat(Duration.ofMillis((samples.length - end) / 8)).isLessThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void beepIsAOneKilohertzTone() throws IOException {
        WavAudio beep = read(CallPrompts.BEEP);
        short[] samples = beep.samples();
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }

        assertThat(crossings / 2.0 / (beep.duration().toNanos() / 1e9)).isBetween(980.0, 1020.0);
    }

    @Test
    void musicOnHoldPlaysAtAboutMinus12Dbfs() throws IOException {
        assertThat(peak(read(CallPrompts.MUSIC_ON_HOLD).samples())).isBetween(dbfs(-14), dbfs(-10));
    }

    @Test
    void musicOnHoldLoopsWithoutAClick() throws IOException {
        short[] music = read(CallPrompts.MUSIC_ON_HOLD).samples();
        int largestStep = 0;
        for (int i = 1; i < music.length; i++) {
            largestStep = Math.max(largestStep, Math.abs(music[i] - music[i - 1]));
        }

        // a click is a jump bigger than any the music makes by itself
        assertThat(Math.abs(music[0] - music[music.length - 1])).isLessThan(largestStep / 2);
    }

    private static WavAudio read(String name) throws IOException {
        try (InputStream wav = PromptSet.class.getClassLoader().getResourceAsStream("prompts/pl/" + name + ".wav")) {
            assertThat(wav).as(name + ".wav on the classpath").isNotNull();
            return WavReader.read(wav.readAllBytes());
        }
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (short sample : samples) {
            sum += (double) sample * sample;
        }
        return Math.sqrt(sum / samples.length);
    }

    private static double peak(short[] samples) {
        int peak = 0;
        for (short sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }

    private static double dbfs(double decibels) {
        return 32768 * Math.pow(10, decibels / 20);
    }
}
