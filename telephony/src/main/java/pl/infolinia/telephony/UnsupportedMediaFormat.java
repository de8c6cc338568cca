package pl.infolinia.telephony;

/** Audio the engine cannot play: missing, damaged, or not 8 kHz mono WAV. */
public final class UnsupportedMediaFormat extends RuntimeException {

    public UnsupportedMediaFormat(String message) {
        super(message);
    }
}
