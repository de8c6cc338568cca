package pl.infolinia.recording.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Makes a WAV file whose writer died consistent: the RIFF and data sizes are set to what the file
 * holds, cut to whole sample frames, so every player reads it to its end.
 *
 * <p>Only the sizes are touched; the audio is kept as it is. A file too short to hold a header is
 * {@link UnrepairableRecording}, never silently dropped.
 */
public final class WavRepair {

    private static final int RIFF = 0x46464952;
    private static final int WAVE = 0x45564157;
    private static final int FMT = 0x20746d66;
    private static final int DATA = 0x61746164;

    private WavRepair() {
    }

    /** Repairs {@code file} in place; returns the length of audio it holds. */
    public static Duration repair(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long length = channel.size();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(length, 512)).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(head, 0);
            if (head.limit() < 12 || head.getInt(0) != RIFF || head.getInt(8) != WAVE) {
                throw new UnrepairableRecording(file, "not a RIFF/WAVE file");
            }
            int blockAlign = 0;
            int byteRate = 0;
            int position = 12;
            while (position + 8 <= head.limit()) {
                int id = head.getInt(position);
                int size = head.getInt(position + 4);
                if (id == FMT && position + 24 <= head.limit()) {
                    byteRate = head.getInt(position + 16);
                    blockAlign = head.getShort(position + 20);
                } else if (id == DATA) {
                    if (blockAlign <= 0) {
                        throw new UnrepairableRecording(file, "data chunk before fmt chunk");
                    }
                    long available = length - (position + 8);
                    long data = available - available % blockAlign;
                    channel.truncate(position + 8 + data);
                    ByteBuffer value = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                    channel.write(value.putInt(0, (int) (position + data)).rewind(), 4);
                    channel.write(value.putInt(0, (int) data).rewind(), position + 4);
                    channel.force(false);
                    return Duration.ofMillis(data * 1000 / byteRate);
                }
                position += 8 + size + (size & 1);
            }
            throw new UnrepairableRecording(file, "no data chunk in the first " + head.limit() + " bytes");
        }
    }
}
