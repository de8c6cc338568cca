package pl.infolinia.contactcenter.switchboard;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the switchboard keeps its files and how it treats waiting callers.
 *
 * @param prompts             the engine's prompts folder; an office's own versions live in
 *                            {@code offices/<CODE>/<prompt>.wav} under it
 * @param messages            where messages left by callers are stored
 * @param recordings          where conversations with consultants are recorded, as stereo WAV
 * @param recordCalls         whether conversations are recorded (the greeting says they are)
 * @param firstAnnouncement   how long a caller waits before hearing their place
 * @param announcementEvery   how often the place is repeated while the caller waits
 * @param officeAnswerTimeout how long an office's line may ring before the transfer fails
 */
public record SwitchboardSettings(Path prompts, Path messages, Path recordings, boolean recordCalls,
        Duration firstAnnouncement, Duration announcementEvery, Duration officeAnswerTimeout) {

    public SwitchboardSettings {
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(recordings, "recordings");
        if (firstAnnouncement.isNegative() || !announcementEvery.isPositive() || !officeAnswerTimeout.isPositive()) {
            throw new IllegalArgumentException("switchboard times must be positive");
        }
    }

    /** Files under {@code dataDir}; the caller hears their place at once and then every minute. */
    public static SwitchboardSettings under(Path dataDir) {
        return new SwitchboardSettings(dataDir.resolve("prompts"), dataDir.resolve("messages"),
                dataDir.resolve("recordings"), true, Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    public SwitchboardSettings withAnnouncements(Duration first, Duration every) {
        return new SwitchboardSettings(prompts, messages, recordings, recordCalls, first, every, officeAnswerTimeout);
    }

    public SwitchboardSettings withOfficeAnswerTimeout(Duration timeout) {
        return new SwitchboardSettings(prompts, messages, recordings, recordCalls, firstAnnouncement,
                announcementEvery, timeout);
    }
}
