package pl.infolinia.server.prompt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import pl.infolinia.telephony.media.UnsupportedAudioFormat;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavFormat;
import pl.infolinia.telephony.media.WavReader;

/**
 * Decides whether an uploaded file can be played as a prompt: a RIFF/WAVE file of 8 kHz mono
 * audio in 16-bit PCM, µ-law or A-law, as telephony plays without converting. Anything else is
 * refused saying what it is, so that the message can name the fix.
 */
final class RecordingCheck {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final int TELEPHONE_RATE = 8000;

    private RecordingCheck() {
    }

    /**
     * The recording's format, if it is a playable prompt.
     *
     * @throws UnsuitableRecording saying what was found
     */
    static WavAudio check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnsuitableRecording("prompts.refused.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnsuitableRecording("prompts.refused.tooLarge", megabytes(bytes.length));
        }
        if (!isWave(bytes)) {
            throw new UnsuitableRecording("prompts.refused.notWav", kind(bytes));
        }
        WavAudio audio;
        try {
            audio = WavReader.read(bytes);
        } catch (UnsupportedAudioFormat | IndexOutOfBoundsException unreadable) {
            throw new UnsuitableRecording("prompts.refused.unreadable", String.valueOf(unreadable.getMessage()));
        }
        WavFormat format = audio.format();
        if (format.sampleRate() != TELEPHONE_RATE || format.channels() != 1) {
            throw new UnsuitableRecording("prompts.refused.format", describe(format));
        }
        if (audio.frames() == 0) {
            throw new UnsuitableRecording("prompts.refused.silent");
        }
        return audio;
    }

    /** e.g. {@code 44100 Hz, stereo, 16-bit PCM}: the same words in Polish and English. */
    static String describe(WavFormat format) {
        String encoding = switch (format.encoding()) {
            case PCM_S16LE -> "16-bit PCM";
            case MULAW -> "µ-law";
            case ALAW -> "A-law";
        };
        return format.sampleRate() + " Hz, " + (format.channels() == 1 ? "mono" : "stereo") + ", " + encoding;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static boolean isWave(byte[] bytes) {
        return startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WAVE");
    }

    /** The message key naming what the file is instead, from its first bytes. */
    private static String kind(byte[] bytes) {
        if (startsWith(bytes, 0, "ID3") || bytes.length > 1 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0) {
            return "prompts.kind.mp3";
        }
        if (startsWith(bytes, 0, "OggS")) {
            return "prompts.kind.ogg";
        }
        if (startsWith(bytes, 0, "fLaC")) {
            return "prompts.kind.flac";
        }
        if (startsWith(bytes, 4, "ftyp")) {
            return "prompts.kind.mp4";
        }
        return isText(bytes) ? "prompts.kind.text" : "prompts.kind.other";
    }

    private static boolean isText(byte[] bytes) {
        int length = Math.min(bytes.length, 4096);
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        // a sample cut inside a multi-byte character is still text: leave its last bytes out
        int checked = length == bytes.length ? length : Math.max(0, length - 3);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, checked));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= offset + expected.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }
}
