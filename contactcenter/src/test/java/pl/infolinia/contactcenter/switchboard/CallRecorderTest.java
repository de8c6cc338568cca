package pl.infolinia.contactcenter.switchboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.contactcenter.contact.RecordingPaused;
import pl.infolinia.contactcenter.contact.RecordingSaved;
import pl.infolinia.contactcenter.contact.RecordingStarted;
import pl.infolinia.contactcenter.recordingpolicy.RecordingMode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingRule;
import pl.infolinia.telephony.LoopbackChannel;

/** What the recorder does with each recording rule, on a loopback channel (no SIP, no audio). */
class CallRecorderTest {

    private static final OfficeCode KPRM = OfficeCode.of("KPRM");
    private static final AgentId AGENT = AgentId.of("agent1");
    private static final ContactId CONTACT = new ContactId("c-1");
    private static final RecordingRule ALL = new RecordingRule(RecordingMode.ALL, true);
    private static final RecordingRule ALL_NO_PAUSE = new RecordingRule(RecordingMode.ALL, false);
    private static final RecordingRule ON_DEMAND = new RecordingRule(RecordingMode.ON_DEMAND, true);
    private static final RecordingRule NONE = new RecordingRule(RecordingMode.NONE, false);

    @TempDir
    Path dir;

    private final InMemoryContactEventLog log = new InMemoryContactEventLog();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private LoopbackChannel caller;
    private LiveCall call;

    @BeforeEach
    void callerIsUp() {
        caller = new LoopbackChannel("48600700800", "infolinia");
        caller.answer();
        call = new LiveCall(CONTACT, caller, KPRM, new ChannelCaller(caller, CONTACT, KPRM,
                new OfficePrompts(dir.resolve("prompts")), dir.resolve("messages")));
    }

    private CallRecorder recorder(boolean enabled) {
        return new CallRecorder(dir.resolve("recordings"), enabled, log, clock);
    }

    @Test
    void recordsFromTheAnswerUnderAll() {
        CallRecorder recorder = recorder(true);

        assertThat(recorder.answered(call, ALL)).isPresent();
        recorder.finished(call);

        assertThat(caller.recordings()).hasSize(1);
        assertThat(Files.exists(note(caller.recordings().getFirst()))).isTrue();
        assertThat(types()).containsExactly(RecordingSaved.class);
    }

    @Test
    void neverRecordsUnderNoneAndRefusesStartAndPause() {
        CallRecorder recorder = recorder(true);
        recorder.answered(call, NONE);

        assertThatThrownBy(() -> recorder.start(CONTACT, AGENT)).isInstanceOf(RecordingRefused.class)
                .hasMessageContaining("not recorded")
                .satisfies(e -> assertThat(((RecordingRefused) e).reason()).isEqualTo(RecordingRefused.Reason.NOT_RECORDED));
        assertThatThrownBy(() -> recorder.pause(CONTACT, AGENT)).isInstanceOf(RecordingRefused.class);
        assertThat(recorder.status(CONTACT)).contains(new RecordingStatus(RecordingMode.NONE, false, false, false));
        recorder.finished(call);

        assertThat(caller.recordings()).isEmpty();
        assertThat(log.read(CONTACT)).isEmpty();
    }

    @Test
    void onDemandRecordsOnlyFromTheConsultantsStart() {
        CallRecorder recorder = recorder(true);

        assertThat(recorder.answered(call, ON_DEMAND)).isEmpty();
        assertThat(caller.recordings()).isEmpty();
        assertThat(recorder.status(CONTACT).orElseThrow().mayStart()).isTrue();

        assertThat(recorder.start(CONTACT, AGENT)).isTrue();
        assertThat(recorder.start(CONTACT, AGENT)).as("a second start changes nothing").isTrue();
        assertThat(recorder.status(CONTACT).orElseThrow().mayStart()).isFalse();
        assertThat(recorder.status(CONTACT).orElseThrow().mayPause()).isTrue();
        recorder.finished(call);

        assertThat(caller.recordings()).hasSize(1);
        assertThat(types()).containsExactly(RecordingStarted.class, RecordingSaved.class);
        assertThat(log.read(CONTACT).getFirst().agent()).contains(AGENT);
    }

    @Test
    void anOnDemandCallCannotBePausedBeforeItsRecordingStarts() {
        CallRecorder recorder = recorder(true);
        recorder.answered(call, ON_DEMAND);

        assertThatThrownBy(() -> recorder.pause(CONTACT, AGENT)).isInstanceOf(RecordingRefused.class)
                .hasMessageContaining("has not been started");
        assertThat(log.read(CONTACT)).isEmpty();
    }

    @Test
    void aCallRecordedFromTheAnswerIsNotStartedByTheConsultant() {
        CallRecorder recorder = recorder(true);
        recorder.answered(call, ALL);

        assertThatThrownBy(() -> recorder.start(CONTACT, AGENT)).isInstanceOf(RecordingRefused.class)
                .hasMessageContaining("recorded from the answer");
        assertThat(caller.recordings()).hasSize(1);
    }

    @Test
    void refusesAPauseWhereTheOfficeDoesNotAllowItAndKeepsRecording() {
        CallRecorder recorder = recorder(true);
        recorder.answered(call, ALL_NO_PAUSE);

        assertThatThrownBy(() -> recorder.pause(CONTACT, AGENT)).isInstanceOf(RecordingRefused.class)
                .hasMessageContaining("does not allow pausing");
        assertThatThrownBy(() -> recorder.resume(CONTACT, AGENT)).isInstanceOf(RecordingRefused.class);

        assertThat(caller.pausedRecordings()).isEmpty();
        assertThat(log.read(CONTACT)).isEmpty();
        assertThat(recorder.status(CONTACT).orElseThrow().mayPause()).isFalse();
    }

    @Test
    void pausesWhereAllowed() {
        CallRecorder recorder = recorder(true);
        recorder.answered(call, ALL);

        assertThat(recorder.pause(CONTACT, AGENT)).isTrue();

        assertThat(caller.pausedRecordings()).hasSize(1);
        assertThat(types()).containsExactly(RecordingPaused.class);
        assertThat(recorder.status(CONTACT).orElseThrow().paused()).isTrue();
    }

    @Test
    void theMasterSwitchOffRecordsNothingWhateverThePolicy() {
        CallRecorder recorder = recorder(false);
        recorder.answered(call, ALL);

        assertThatThrownBy(() -> recorder.start(CONTACT, AGENT)).isInstanceOf(RecordingRefused.class);
        recorder.finished(call);

        assertThat(caller.recordings()).isEmpty();
        assertThat(log.read(CONTACT)).isEmpty();
    }

    @Test
    void aCallWhoseConversationEndedIsNoLongerStarted() {
        CallRecorder recorder = recorder(true);
        recorder.answered(call, ON_DEMAND);
        recorder.finished(call);

        assertThat(recorder.start(CONTACT, AGENT)).isFalse();
        assertThat(recorder.status(CONTACT)).isEmpty();
        assertThat(caller.recordings()).isEmpty();
    }

    private List<Class<?>> types() {
        return log.read(CONTACT).stream().<Class<?>>map(ContactEvent::getClass).toList();
    }

    private static Path note(Path recording) {
        return recording.resolveSibling(recording.getFileName() + ".done");
    }
}
