package pl.infolinia.telephony.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prompts and music on hold, read and decoded once and shared by every call that plays them
 * until the file changes (an office uploads a new greeting): a hotline plays the same few files
 * all day. The samples are shared, so no reader may change them.
 *
 * <p>Bounded: past {@value #MAX_SAMPLES} samples (32 MiB, over half an hour of 8 kHz audio) the
 * cache starts afresh.
 */
public final class WavCache {

    static final long MAX_SAMPLES = 16L << 20;

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong samples = new AtomicLong();

    private record Entry(FileTime modified, long size, WavAudio audio) {
    }

    /** The file's audio, from the cache while the file's time and size are those it was read with. */
    public WavAudio read(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Entry cached = entries.get(file);
        if (cached != null && cached.modified().equals(attributes.lastModifiedTime())
                && cached.size() == attributes.size()) {
            return cached.audio();
        }
        WavAudio audio = WavReader.read(file);
        int length = audio.samples().length;
        if (samples.addAndGet(length) > MAX_SAMPLES) {
            entries.clear();
            samples.set(length);
        }
        Entry replaced = entries.put(file, new Entry(attributes.lastModifiedTime(), attributes.size(), audio));
        if (replaced != null) {
            samples.addAndGet(-replaced.audio().samples().length);
        }
        return audio;
    }
}
