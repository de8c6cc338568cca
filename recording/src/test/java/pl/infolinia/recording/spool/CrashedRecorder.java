package pl.infolinia.recording.spool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pl.infolinia.telephony.media.WavRecorder;

/**
 * The process {@link CrashRecoveryIT} kills: records calls with the telephony engine's own WAV
 * recorder into a spool folder, the caller a 440 Hz tone on the left and the consultant 1 kHz on
 * the right, paced like the media clock, until it is killed. Prints {@code recording} once every
 * call has three seconds of audio.
 */
public final class CrashedRecorder {

    static final int CALLER_HZ = 440;
    static final int CONSULTANT_HZ = 1000;

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int calls = Integer.parseInt(args[1]);
        Files.createDirectories(folder);
        long started = System.currentTimeMillis();
        List<WavRecorder> recorders = new ArrayList<>();
        for (int call = 0; call < calls; call++) {
            recorders.add(new WavRecorder(folder.resolve("crash" + call + "-" + (started + call) + ".wav")));
        }
        long next = System.nanoTime();
        for (long tick = 0; ; tick++) {
            short[] caller = tone(CALLER_HZ, tick);
            short[] consultant = tone(CONSULTANT_HZ, tick);
            recorders.forEach(r -> r.write(caller, consultant));
            if (tick == 150) {
                System.out.println("recording");
                System.out.flush();
            }
            next += 20_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000)); // the victim's media clock, not a test wait
            }
        }
    }

    private static short[] tone(int hz, long tick) {
        short[] frame = new short[160];
        for (int i = 0; i < frame.length; i++) {
            long n = tick * 160 + i;
            frame[i] = (short) (8000 * Math.sin(2 * Math.PI * hz * n / 8000.0));
        }
        return frame;
    }
}
