package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoopingSourceTest {

    @Test
    void runsAcrossTheEndOfAShortLoopWithoutAGap() {
        short[] loop = new short[100];
        for (int i = 0; i < loop.length; i++) {
            loop[i] = (short) i;
        }
        LoopingSource music = new LoopingSource(new WavAudio(WavFormat.TELEPHONE, loop));

        short[] first = music.nextFrame();
        short[] second = music.nextFrame();

        assertThat(first[99]).isEqualTo((short) 99);
        assertThat(first[100]).isEqualTo((short) 0);
        assertThat(first[159]).isEqualTo((short) 59);
        assertThat(second[0]).isEqualTo((short) 60);
        assertThat(second[40]).isEqualTo((short) 0);
    }

    @Test
    void refusesAnEmptyOrStereoLoop() {
        assertThatThrownBy(() -> new LoopingSource(new WavAudio(WavFormat.TELEPHONE, new short[0])))
                .isInstanceOf(UnsupportedAudioFormat.class);
        assertThatThrownBy(() -> new LoopingSource(new WavAudio(new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000),
                new short[320]))).isInstanceOf(UnsupportedAudioFormat.class);
    }
}
