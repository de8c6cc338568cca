package pl.infolinia.recording.storage;

import java.io.IOException;

/** The store holds nothing under a key the catalogue names: the file was removed behind its back. */
public final class MissingRecording extends IOException {

    public MissingRecording(String key) {
        super("no recording stored under " + key);
    }
}
