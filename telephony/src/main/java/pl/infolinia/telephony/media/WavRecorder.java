package pl.infolinia.telephony.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a call to a stereo 8 kHz WAV: the caller on the left, what the caller heard on the right.
 *
 * <p>The media clock hands frames in without waiting; a virtual thread of the recorder writes
 * them, so a slow disk delays the file and never the call's audio. Every second of audio the
 * header's sizes are brought up to date, so a process killed mid-call leaves a file that plays up
 * to at most a second before the kill. While {@link #pause() paused} the recorder writes silence,
 * so the file keeps the call's timeline without what was said.
 */
public final class WavRecorder {

    private static final Logger log = LoggerFactory.getLogger(WavRecorder.class);
    private static final short[] END = new short[0];
    /** Ticks between header updates: one second of audio. */
    private static final int TICKS_PER_SIZE_UPDATE = 50;
    static final WavFormat STEREO = new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000);

    private final Path file;
    private final BlockingQueue<short[]> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Long> done = new CompletableFuture<>();
    private volatile boolean stopped;
    private volatile boolean paused;

    public WavRecorder(Path file) throws IOException {
        this.file = file;
        WavWriter writer = new WavWriter(file, STEREO);
        Thread.ofVirtual().name("recorder-" + file.getFileName()).start(() -> drain(writer));
    }

    public Path file() {
        return file;
    }

    /** Adds one tick: the caller's frame and the frame sent to the caller. Clock thread only. */
    public void write(short[] heard, short[] sent) {
        if (stopped) {
            return;
        }
        short[] interleaved = new short[MediaClock.SAMPLES_PER_TICK * 2];
        if (paused) {
            frames.add(interleaved); // silence keeps the timeline
            return;
        }
        for (int i = 0; i < MediaClock.SAMPLES_PER_TICK; i++) {
            interleaved[2 * i] = i < heard.length ? heard[i] : 0;
            interleaved[2 * i + 1] = i < sent.length ? sent[i] : 0;
        }
        frames.add(interleaved);
    }

    /** Writes silence instead of the call from the next tick on, e.g. while the caller gives sensitive data. */
    public void pause() {
        paused = true;
    }

    /** Records the call again after {@link #pause()}. */
    public void resume() {
        paused = false;
    }

    public boolean paused() {
        return paused;
    }

    /** Stops recording; the future completes with the frames written once the file is closed. */
    public CompletableFuture<Long> stop() {
        if (!stopped) {
            stopped = true;
            frames.add(END);
        }
        return done;
    }

    private void drain(WavWriter writer) {
        try {
            long ticks = 0;
            for (short[] frame = frames.take(); frame != END; frame = frames.take()) {
                writer.write(frame);
                if (++ticks % TICKS_PER_SIZE_UPDATE == 0) {
                    writer.updateSizes();
                }
            }
        } catch (IOException e) {
            log.warn("Recording {} failed", file, e);
            done.completeExceptionally(new UncheckedIOException(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(writer);
        }
    }

    private void close(WavWriter writer) {
        try {
            writer.close();
            done.complete(writer.frames());
        } catch (IOException e) {
            log.warn("Recording {} could not be closed", file, e);
            done.completeExceptionally(new UncheckedIOException(e));
        }
    }
}
