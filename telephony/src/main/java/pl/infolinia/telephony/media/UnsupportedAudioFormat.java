package pl.infolinia.telephony.media;

/** An audio file in a format the engine cannot play or write, or one that is damaged. */
public final class UnsupportedAudioFormat extends RuntimeException {

    public UnsupportedAudioFormat(String message) {
        super(message);
    }
}
