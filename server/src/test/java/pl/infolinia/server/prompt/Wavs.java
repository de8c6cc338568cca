package pl.infolinia.server.prompt;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small RIFF/WAVE files for tests: a tone in the format asked for, as sox or an editor would write it. */
final class Wavs {

    static final int PCM = 1;
    static final int ALAW = 6;
    static final int MULAW = 7;

    private Wavs() {
    }

    /** Half a second of a 440 Hz tone. */
    static byte[] tone(int rate, int channels, int formatTag, int bits) {
        int frames = rate / 2;
        int bytesPerSample = bits / 8;
        int dataLength = frames * channels * bytesPerSample;
        ByteBuffer out = ByteBuffer.allocate(44 + dataLength).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(36 + dataLength).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(16).putShort((short) formatTag).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bytesPerSample).putShort((short) (channels * bytesPerSample))
                .putShort((short) bits);
        out.put("data".getBytes()).putInt(dataLength);
        for (int i = 0; i < frames; i++) {
            short sample = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate));
            for (int c = 0; c < channels; c++) {
                if (bytesPerSample == 2) {
                    out.putShort(sample);
                } else {
                    out.put((byte) (sample >> 8));
                }
            }
        }
        return out.array();
    }
}
