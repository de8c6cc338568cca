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
import pl.infolinia.contactcenter.contact.RecordingStarted;
import pl.infolinia.contactcenter.recordingpolicy.RecordingMode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingRule;
import pl.infolinia.telephony.InvalidChannelState;
import pl.infolinia.telephony.Recording;

/**
 * Records a citizen's conversation with consultants as stereo WAV, the citizen on the left and
 * what they heard on the right, one file per contact and part, and stores where it is.
 *
 * <p>What is recorded follows the {@link RecordingRule} the call got when the consultant answered:
 * ALL from the answer, NONE never, ON_DEMAND from the consultant's {@link #start}. When recording is
 * switched off altogether ({@code enabled} false) nothing is recorded whatever the rule.
 *
 * <p>The folder is a spool the archive takes recordings from: a finished recording gets a
 * {@link RecordingNote} beside it ({@code <file>.done}) saying whose call it was and where it was
 * paused. A file without a note after a crash is the archive's to repair. A consultant may
 * {@link #pause} the recording of a live call, where the rule allows it; the file holds silence
 * until {@link #resume}.
 */
final class CallRecorder {

    private final Path folder;
    private final boolean enabled;
    private final ContactEventLog log;
    private final Clock clock;
    private final Map<ContactId, Part> parts = new ConcurrentHashMap<>();

    CallRecorder(Path folder, boolean enabled, ContactEventLog log, Clock clock) {
        this.folder = folder;
        this.enabled = enabled;
        this.log = log;
        this.clock = clock;
    }

    /**
     * A consultant answered the call: its part of the conversation begins under {@code rule}, and
     * under ALL the recording starts now (before bridging: the engine records what flows from then on).
     */
    Optional<Recording> answered(LiveCall call, RecordingRule rule) {
        Part part = new Part(call, enabled ? rule : RecordingRule.NOT_RECORDED);
        parts.put(call.contact(), part);
        if (part.rule.mode() == RecordingMode.ALL) {
            part.begin();
        }
        return part.recording();
    }

    /**
     * The consultant starts recording a call recorded on demand; a second start changes nothing.
     *
     * @return false if the call has no conversation going on
     * @throws RecordingRefused if the call is not recorded on demand
     */
    boolean start(ContactId contact, AgentId agent) {
        Part part = parts.get(contact);
        return part != null && part.startBy(agent);
    }

    /**
     * Pauses a live call's recording for its consultant.
     *
     * @return false if the call has no conversation going on
     * @throws RecordingRefused if the call is not being recorded or its office does not allow pauses
     */
    boolean pause(ContactId contact, AgentId agent) {
        Part part = parts.get(contact);
        return part != null && part.pauseBy(agent, true);
    }

    /** Resumes a paused recording; as {@link #pause}. */
    boolean resume(ContactId contact, AgentId agent) {
        Part part = parts.get(contact);
        return part != null && part.pauseBy(agent, false);
    }

    /** How the call's conversation is recorded now, if one is going on. */
    Optional<RecordingStatus> status(ContactId contact) {
        return Optional.ofNullable(parts.get(contact)).map(Part::status);
    }

    /** The conversation part ended: its recording, if any, is completed and noted for the archive. */
    void finished(LiveCall call) {
        Part part = parts.remove(call.contact());
        if (part != null) {
            part.finish();
        }
    }

    /** One consultant's part of a call, recorded or not, from the answer to its end. */
    private final class Part {

        private final LiveCall call;
        private final RecordingRule rule;
        private Recording recording;
        private RecordingNote note;
        private boolean paused;
        private boolean finished;

        Part(LiveCall call, RecordingRule rule) {
            this.call = call;
            this.rule = rule;
        }

        synchronized Optional<Recording> recording() {
            return Optional.ofNullable(recording);
        }

        synchronized RecordingStatus status() {
            return new RecordingStatus(rule.mode(), rule.pauseAllowed(), recording != null, paused);
        }

        synchronized boolean startBy(AgentId agent) {
            if (finished) {
                return false;
            }
            switch (rule.mode()) {
                case NONE -> throw new RecordingRefused(call.contact(), RecordingRefused.Reason.NOT_RECORDED);
                case ALL -> throw new RecordingRefused(call.contact(), RecordingRefused.Reason.NOT_ON_DEMAND);
                case ON_DEMAND -> {
                    if (recording == null && begin()) {
                        log.append(new RecordingStarted(call.contact(), note.started(), agent));
                    }
                }
            }
            return recording != null;
        }

        synchronized boolean pauseBy(AgentId agent, boolean pause) {
            if (finished) {
                return false;
            }
            if (!rule.mode().mayRecord()) {
                throw new RecordingRefused(call.contact(), RecordingRefused.Reason.NOT_RECORDED);
            }
            if (!rule.pauseAllowed()) {
                throw new RecordingRefused(call.contact(), RecordingRefused.Reason.PAUSE_NOT_ALLOWED);
            }
            if (recording == null) {
                if (rule.mode() == RecordingMode.ON_DEMAND) {
                    throw new RecordingRefused(call.contact(), RecordingRefused.Reason.NOT_STARTED);
                }
                return false; // the caller's channel ended before the recording could start
            }
            Instant now = clock.instant();
            if (pause && note.pause(now)) {
                log.append(new RecordingPaused(call.contact(), now, agent));
                recording.pause();
            } else if (!pause && note.resume(now)) {
                recording.resume();
                log.append(new RecordingResumed(call.contact(), now, agent));
            }
            paused = pause;
            return true;
        }

        /** Starts recording into a new file; false if the caller's channel is no longer up. */
        synchronized boolean begin() {
            try {
                Files.createDirectories(folder);
                Instant started = clock.instant();
                Path file = folder.resolve(call.contact().value() + "-" + started.toEpochMilli() + ".wav");
                recording = call.caller().record(file);
                note = new RecordingNote(call.contact(), call.office(), started);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record into " + folder, e);
            } catch (InvalidChannelState e) {
                return false;
            }
        }

        synchronized void finish() {
            finished = true;
            if (recording == null) {
                return;
            }
            recording.stop();
            note.writeBeside(recording.file(), clock.instant());
            log.append(new RecordingSaved(call.contact(), clock.instant(), recording.file().toString()));
        }
    }
}
