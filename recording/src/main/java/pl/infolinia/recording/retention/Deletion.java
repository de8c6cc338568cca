package pl.infolinia.recording.retention;

/** A recording whose file was deleted, with its office and why, for the audit log. */
public record Deletion(String recordingId, String office, String reason) {
}
