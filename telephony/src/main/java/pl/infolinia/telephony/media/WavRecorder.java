package pl.infolinia.telephony.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a call to a stereo 8 kHz WAV: the caller on the left, what the caller heard on the right.
 *
 * <p>The media clock hands frames in without waiting: it packs them as the file's bytes into a
 * batch of {@value #TICKS_PER_BATCH} ticks, and a virtual thread of the recorder writes each full
 * batch, so a slow disk delays the file and never the call's audio, and five hundred recorded
 * calls make 2,500 writes a second rather than 25,000. Every second of audio the header's sizes
 * are brought up to date, so a process killed mid-call leaves a file that plays up to at most
 * about a second before the kill. While {@link #pause() paused} the recorder writes silence,
 * so the file keeps the call's timeline without what was said.
 */
public final class WavRecorder {

    private static final Logger log = LoggerFactory.getLogger(WavRecorder.class);
    private static final ByteBuffer END = ByteBuffer.allocate(0);
    /** Ticks handed to the writing thread at once: 200 ms of audio. */
    private static final int TICKS_PER_BATCH = 10;
    /** Batches between header updates: one second of audio. */
    private static final int BATCHES_PER_SIZE_UPDATE = 5;
    private static final int BYTES_PER_TICK = MediaClock.SAMPLES_PER_TICK * 2 * 2;
    static final WavFormat STEREO = new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000);

    private final Path file;
    private final BlockingQueue<ByteBuffer> batches = new LinkedBlockingQueue<>();
    private ByteBuffer batch = newBatch(); // guarded by this
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
    public synchronized void write(short[] heard, short[] sent) {
        if (stopped) {
            return;
        }
        boolean silent = paused; // silence keeps the timeline
        for (int i = 0; i < MediaClock.SAMPLES_PER_TICK; i++) {
            batch.putShort(silent || i >= heard.length ? 0 : heard[i]);
            batch.putShort(silent || i >= sent.length ? 0 : sent[i]);
        }
        if (!batch.hasRemaining()) {
            batches.add(batch.flip());
            batch = newBatch();
        }
    }

    private static ByteBuffer newBatch() {
        return ByteBuffer.allocate(BYTES_PER_TICK * TICKS_PER_BATCH).order(ByteOrder.LITTLE_ENDIAN);
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
    public synchronized CompletableFuture<Long> stop() {
        if (!stopped) {
            stopped = true;
            if (batch.position() > 0) {
                batches.add(batch.flip());
            }
            batches.add(END);
        }
        return done;
    }

    private void drain(WavWriter writer) {
        try {
            long written = 0;
            for (ByteBuffer next = batches.take(); next != END; next = batches.take()) {
                writer.writeEncoded(next);
                if (++written % BATCHES_PER_SIZE_UPDATE == 0) {
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
