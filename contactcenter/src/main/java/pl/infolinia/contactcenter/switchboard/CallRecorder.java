package pl.infolinia.contactcenter.switchboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.RecordingPaused;
import pl.infolinia.contactcenter.contact.RecordingResumed;
import pl.infolinia.contactcenter.contact.RecordingSaved;
import pl.infolinia.telephony.InvalidChannelState;
import pl.infolinia.telephony.Recording;

/**
 * Records a citizen's conversation with consultants as stereo WAV, the citizen on the left and
 * what they heard on the right, one file per contact and part, and stores where it is.
 *
 * <p>The folder is a spool the archive takes recordings from: a finished recording gets a
 * {@link RecordingNote} beside it ({@code <file>.done}) saying whose call it was and where it was
 * paused. A file without a note after a crash is the archive's to repair. A consultant may
 * {@link #pause} the recording of a live call; the file holds silence until {@link #resume}.
 */
final class CallRecorder {

    private final Path folder;
    private final boolean enabled;
    private final ContactEventLog log;
    private final Clock clock;
    private final Map<ContactId, RecordingNote> running = new ConcurrentHashMap<>();
    private final Map<ContactId, Recording> recordings = new ConcurrentHashMap<>();

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
            Instant started = clock.instant();
            Path file = folder.resolve(call.contact().value() + "-" + started.toEpochMilli() + ".wav");
            Recording recording = call.caller().record(file);
            recordings.put(call.contact(), recording);
            running.put(call.contact(), new RecordingNote(call.contact(), call.office(), started));
            return Optional.of(recording);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record into " + folder, e);
        } catch (InvalidChannelState e) {
            return Optional.empty();
        }
    }

    /** Pauses a live call's recording for its consultant; false if the call is not being recorded. */
    boolean pause(ContactId contact, AgentId agent) {
        Recording recording = recordings.get(contact);
        RecordingNote note = running.get(contact);
        if (recording == null || note == null) {
            return false;
        }
        Instant now = clock.instant();
        if (note.pause(now)) {
            log.append(new RecordingPaused(contact, now, agent));
            recording.pause();
        }
        return true;
    }

    /** Resumes a paused recording; false if the call is not being recorded. */
    boolean resume(ContactId contact, AgentId agent) {
        Recording recording = recordings.get(contact);
        RecordingNote note = running.get(contact);
        if (recording == null || note == null) {
            return false;
        }
        Instant now = clock.instant();
        if (note.resume(now)) {
            recording.resume();
            log.append(new RecordingResumed(contact, now, agent));
        }
        return true;
    }

    void stop(LiveCall call, Optional<Recording> recording) {
        recording.ifPresent(r -> {
            recordings.remove(call.contact(), r);
            RecordingNote note = running.remove(call.contact());
            r.stop();
            if (note != null) {
                note.writeBeside(r.file(), clock.instant());
            }
            log.append(new RecordingSaved(call.contact(), clock.instant(), r.file().toString()));
        });
    }
}
