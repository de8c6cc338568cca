package pl.infolinia.telephony.media;

/**
 * How samples are stored in a WAV file: 16-bit linear PCM or one of the G.711 laws.
 */
public enum AudioEncoding {
    PCM_S16LE(1, 16, null),
    ALAW(6, 8, G711.PCMA),
    MULAW(7, 8, G711.PCMU);

    private final int formatTag;
    private final int bitsPerSample;
    private final G711 law;

    AudioEncoding(int formatTag, int bitsPerSample, G711 law) {
        this.formatTag = formatTag;
        this.bitsPerSample = bitsPerSample;
        this.law = law;
    }

    /** The WAVE_FORMAT tag in the fmt chunk. */
    public int formatTag() {
        return formatTag;
    }

    public int bitsPerSample() {
        return bitsPerSample;
    }

    public int bytesPerSample() {
        return bitsPerSample / 8;
    }

    /** The G.711 law, or null for linear PCM. */
    G711 law() {
        return law;
    }

    static AudioEncoding forTag(int tag, int bits) {
        for (AudioEncoding encoding : values()) {
            if (encoding.formatTag == tag && encoding.bitsPerSample == bits) {
                return encoding;
            }
        }
        throw new UnsupportedAudioFormat("WAV format tag " + tag + " with " + bits + " bits per sample");
    }
}
