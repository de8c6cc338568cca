package pl.infolinia.telephony.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a WAV file as audio arrives, so a recording is on disk while the call goes on.
 *
 * <p>The RIFF and data sizes are written as zero at the start, brought up to date by
 * {@link #updateSizes()} as the owner sees fit (a recorder does it every second, so a process
 * killed mid-call leaves a file that players open up to the last update) and set on
 * {@link #close()}; {@link WavReader} reads a file whose recorder died. G.711 files get the 18-byte fmt chunk and
 * the fact chunk that non-PCM WAVE files need.
 */
public final class WavWriter implements AutoCloseable {

    private final FileChannel file;
    private final WavFormat format;
    private final int dataSizeOffset;
    private long frames;

    public WavWriter(Path path, WavFormat format) throws IOException {
        this.file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.format = format;
        ByteBuffer header = header(format);
        this.dataSizeOffset = header.limit() - 4;
        file.write(header);
    }

    private static ByteBuffer header(WavFormat format) {
        boolean pcm = format.encoding() == AudioEncoding.PCM_S16LE;
        ByteBuffer out = ByteBuffer.allocate(pcm ? 44 : 58).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x46464952).putInt(0).putInt(0x45564157); // RIFF, size set on close, WAVE
        out.putInt(0x20746d66).putInt(pcm ? 16 : 18);
        out.putShort((short) format.encoding().formatTag()).putShort((short) format.channels());
        out.putInt(format.sampleRate()).putInt(format.sampleRate() * format.blockAlign());
        out.putShort((short) format.blockAlign()).putShort((short) format.encoding().bitsPerSample());
        if (!pcm) {
            out.putShort((short) 0);
            out.putInt(0x74636166).putInt(4).putInt(0); // fact: frame count, set on close
        }
        out.putInt(0x61746164).putInt(0); // data, size set on close
        return out.flip();
    }

    /** Appends linear samples (interleaved for stereo), encoding them as the format says. */
    public void write(short[] samples) throws IOException {
        G711 law = format.encoding().law();
        ByteBuffer out = ByteBuffer.allocate(samples.length * format.encoding().bytesPerSample())
                .order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : samples) {
            if (law == null) {
                out.putShort(sample);
            } else {
                out.put(law.encode(sample));
            }
        }
        file.write(out.flip());
        frames += samples.length / format.channels();
    }

    /** Appends samples already in the file's encoding (whole frames; little-endian for PCM). */
    public void writeEncoded(ByteBuffer encoded) throws IOException {
        int bytes = encoded.remaining();
        if (bytes % format.blockAlign() != 0) {
            throw new IllegalArgumentException(bytes + " bytes are not whole frames of " + format.blockAlign());
        }
        while (encoded.hasRemaining()) {
            file.write(encoded);
        }
        frames += bytes / format.blockAlign();
    }

    /** Samples per channel written so far. */
    public long frames() {
        return frames;
    }

    /**
     * Writes the RIFF and data sizes for what was written so far, so that the file is a complete
     * WAV up to here even if nothing else is ever written to it.
     */
    public void updateSizes() throws IOException {
        long dataBytes = frames * format.blockAlign();
        long pad = dataBytes & 1;
        ByteBuffer size = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        file.write(size.putInt(0, (int) (dataSizeOffset + 4 + dataBytes + pad - 8)).rewind(), 4);
        file.write(size.putInt(0, (int) dataBytes).rewind(), dataSizeOffset);
        if (format.encoding() != AudioEncoding.PCM_S16LE) {
            file.write(size.putInt(0, (int) frames).rewind(), 46);
        }
    }

    @Override
    public void close() throws IOException {
        try (file) {
            updateSizes();
            long dataBytes = frames * format.blockAlign();
            if ((dataBytes & 1) == 1) {
                file.write(ByteBuffer.allocate(1), dataSizeOffset + 4 + dataBytes); // pad byte
            }
        }
    }
}
