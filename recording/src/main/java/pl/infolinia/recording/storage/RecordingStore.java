package pl.infolinia.recording.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where archived recordings live, by key ({@code 2026/11/28/<id>.wav}): local files by default,
 * an S3-compatible object store in a cluster. Implementations are thread-safe.
 */
public interface RecordingStore {

    /** Stores the file's bytes under {@code key}, replacing what was there; durable on return. */
    void put(String key, Path file) throws IOException;

    /** The bytes stored under {@code key}, as they were put. */
    byte[] read(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** Removes the object; no error if it is not there. */
    void delete(String key) throws IOException;
}
