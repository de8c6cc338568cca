package pl.infolinia.telephony.media;

/**
 * The shape of the audio in a WAV file.
 *
 * @param channels 1 for mono, 2 for stereo (recordings: caller left, the other side right)
 */
public record WavFormat(AudioEncoding encoding, int channels, int sampleRate) {

    /** What telephony uses: 8 kHz mono 16-bit PCM. */
    public static final WavFormat TELEPHONE = new WavFormat(AudioEncoding.PCM_S16LE, 1, 8000);

    public WavFormat {
        if (channels < 1 || channels > 2) {
            throw new UnsupportedAudioFormat(channels + " channels; only mono and stereo");
        }
        if (sampleRate <= 0) {
            throw new UnsupportedAudioFormat("sample rate " + sampleRate);
        }
    }

    public int blockAlign() {
        return channels * encoding.bytesPerSample();
    }
}
