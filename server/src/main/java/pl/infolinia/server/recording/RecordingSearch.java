package pl.infolinia.server.recording;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters for the archive's list, newest first; empty fields match everything. {@code office}
 * and {@code consultant} are also how access is scoped: the controller sets them from the user.
 */
record RecordingSearch(Optional<Instant> from, Optional<Instant> to, Optional<String> office, Optional<String> queue,
        Optional<String> consultant, Optional<String> caller, int limit) {
}
