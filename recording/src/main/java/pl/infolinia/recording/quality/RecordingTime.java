package pl.infolinia.recording.quality;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A moment in a recording as people write it, {@code mm:ss} (minutes may run past 59: {@code 75:02}). */
public record RecordingTime(Duration offset) {

    private static final Pattern MM_SS = Pattern.compile("(\\d{1,3}):([0-5]\\d)");

    public RecordingTime {
        if (offset.isNegative()) {
            throw new InvalidEvaluation("time.negative", "a moment in a recording cannot be negative");
        }
    }

    public static RecordingTime parse(String text) {
        Matcher m = MM_SS.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new InvalidEvaluation("time.format", "a moment in the recording is written mm:ss (e.g. 01:25), not '"
                    + text + "'", String.valueOf(text));
        }
        return new RecordingTime(Duration.ofMinutes(Long.parseLong(m.group(1))).plusSeconds(Long.parseLong(m.group(2))));
    }

    public static RecordingTime ofSeconds(long seconds) {
        return new RecordingTime(Duration.ofSeconds(seconds));
    }

    /** {@code mm:ss}, whole seconds. */
    public String text() {
        return "%02d:%02d".formatted(offset.toMinutes(), offset.toSecondsPart());
    }

    @Override
    public String toString() {
        return text();
    }
}
