package pl.infolinia.server.recording;

/**
 * A recording's audio was deleted, on a data subject's request or at the end of its retention;
 * published so that what other features keep about the call's content goes with it.
 */
public record RecordingErased(String recordingId) {
}
