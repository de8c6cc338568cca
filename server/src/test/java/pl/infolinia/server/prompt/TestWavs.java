package pl.infolinia.server.prompt;

/** WAV files for tests outside this package. */
public final class TestWavs {

    private TestWavs() {
    }

    /** Half a second of 8 kHz mono 16-bit PCM: a playable prompt. */
    public static byte[] telephoneTone() {
        return Wavs.tone(8000, 1, Wavs.PCM, 16);
    }
}
