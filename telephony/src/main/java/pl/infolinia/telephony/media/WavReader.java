package pl.infolinia.telephony.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads RIFF/WAVE files of linear 16-bit PCM, µ-law or A-law into linear samples.
 *
 * <p>Chunks other than {@code fmt } and {@code data} (LIST, fact, cue) are skipped, as sox and
 * editors write them. A data chunk longer than the file, as written by a recorder that was
 * killed, is read up to the end of the file.
 */
public final class WavReader {

    private WavReader() {
    }

    public static WavAudio read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    public static WavAudio read(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || in.getInt(0) != 0x46464952 || in.getInt(8) != 0x45564157) {
            throw new UnsupportedAudioFormat("not a RIFF/WAVE file");
        }
        WavFormat format = null;
        int position = 12;
        while (position + 8 <= bytes.length) {
            int id = in.getInt(position);
            long size = in.getInt(position + 4) & 0xFFFFFFFFL;
            int body = position + 8;
            if (id == 0x20746d66) { // "fmt "
                format = new WavFormat(AudioEncoding.forTag(in.getShort(body) & 0xFFFF, in.getShort(body + 14)),
                        in.getShort(body + 2), in.getInt(body + 4));
            } else if (id == 0x61746164) { // "data"
                if (format == null) {
                    throw new UnsupportedAudioFormat("data chunk before fmt chunk");
                }
                int length = (int) Math.min(size, bytes.length - body);
                return new WavAudio(format, decode(in, body, length, format));
            }
            position = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1)); // chunks are word-aligned
        }
        throw new UnsupportedAudioFormat("no data chunk");
    }

    private static short[] decode(ByteBuffer in, int offset, int length, WavFormat format) {
        int count = length / format.blockAlign() * format.channels();
        short[] samples = new short[count];
        G711 law = format.encoding().law();
        for (int i = 0; i < count; i++) {
            samples[i] = law == null ? in.getShort(offset + 2 * i) : law.decode(in.get(offset + i));
        }
        return samples;
    }
}
