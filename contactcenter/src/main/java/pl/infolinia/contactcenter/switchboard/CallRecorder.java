package pl.infolinia.contactcenter.switchboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.RecordingSaved;
import pl.infolinia.telephony.InvalidChannelState;
import pl.infolinia.telephony.Recording;

/**
 * Records a citizen's conversation with consultants as stereo WAV, the citizen on the left and
 * what they heard on the right, one file per contact and part, and stores where it is.
 */
final class CallRecorder {

    private final Path folder;
    private final boolean enabled;
    private final ContactEventLog log;
    private final Clock clock;

    CallRecorder(Path folder, boolean enabled, ContactEventLog log, Clock clock) {
        this.folder = folder;
        this.enabled = enabled;
        this.log = log;
        this.clock = clock;
    }

    Optional<Recording> start(LiveCall call) {
        if (!enabled) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(call.contact().value() + "-" + clock.millis() + ".wav");
            return Optional.of(call.caller().record(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record into " + folder, e);
        } catch (InvalidChannelState e) {
            return Optional.empty();
        }
    }

    void stop(LiveCall call, Optional<Recording> recording) {
        recording.ifPresent(r -> {
            r.stop();
            log.append(new RecordingSaved(call.contact(), clock.instant(), r.file().toString()));
        });
    }
}
