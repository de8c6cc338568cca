package pl.infolinia.contactcenter.recordingpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.queue.Queue;

class RecordingPolicyTest {

    private static final OfficeCode KPRM = OfficeCode.of("KPRM");
    private static final OfficeCode MF = OfficeCode.of("MF");
    private static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");
    private static final QueueCode PODATKI = QueueCode.of("podatki");
    private static final QueueCode ZDROWIE = QueueCode.of("zdrowie");

    @Test
    void aQueueWithoutAModeOfItsOwnFollowsItsOffice() {
        RecordingPolicy policy = new RecordingPolicy(RecordingMode.ON_DEMAND, true, Map.of(PODATKI, RecordingMode.NONE));

        assertThat(policy.modeFor(DOKUMENTY)).isEqualTo(RecordingMode.ON_DEMAND);
        assertThat(policy.modeFor(null)).isEqualTo(RecordingMode.ON_DEMAND);
    }

    @Test
    void aQueuesOwnModeOverridesTheOffices() {
        RecordingPolicy policy = new RecordingPolicy(RecordingMode.ALL, true, Map.of(PODATKI, RecordingMode.NONE,
                ZDROWIE, RecordingMode.ON_DEMAND));

        assertThat(policy.ruleFor(PODATKI)).isEqualTo(new RecordingRule(RecordingMode.NONE, false));
        assertThat(policy.ruleFor(ZDROWIE)).isEqualTo(new RecordingRule(RecordingMode.ON_DEMAND, true));
        assertThat(policy.ruleFor(DOKUMENTY)).isEqualTo(new RecordingRule(RecordingMode.ALL, true));
    }

    @Test
    void consultantsMayPauseOnlyWhereTheOfficeAllowsIt() {
        RecordingPolicy noPauses = new RecordingPolicy(RecordingMode.ALL, false, Map.of());

        assertThat(noPauses.ruleFor(DOKUMENTY).pauseAllowed()).isFalse();
        assertThat(RecordingPolicy.DEFAULT.ruleFor(DOKUMENTY).pauseAllowed()).isTrue();
    }

    @Test
    void anOfficeThatSetNothingRecordsEveryCallAsBeforePolicies() {
        assertThat(RecordingPolicies.RECORD_ALL.ruleFor(KPRM, DOKUMENTY)).isEqualTo(new RecordingRule(RecordingMode.ALL, true));
    }

    @Test
    void onlyCallsThatMayBeRecordedNeedTheNotice() {
        assertThat(RecordingMode.ALL.mayRecord()).isTrue();
        assertThat(RecordingMode.ON_DEMAND.mayRecord()).isTrue();
        assertThat(RecordingMode.NONE.mayRecord()).isFalse();
    }

    @Test
    void recordedQueuesAreThoseWhoseOfficeAndQueueModesMayRecord() {
        RecordingPolicies policies = office -> office.equals(KPRM)
                ? new RecordingPolicy(RecordingMode.NONE, false, Map.of(ZDROWIE, RecordingMode.ON_DEMAND))
                : new RecordingPolicy(RecordingMode.ALL, true, Map.of());
        List<Queue> queues = List.of(Queue.of(DOKUMENTY, KPRM, "dokumenty"), Queue.of(ZDROWIE, KPRM, "zdrowie"),
                Queue.of(PODATKI, MF, "podatki"));

        assertThat(policies.recordedQueues(queues)).containsExactlyInAnyOrder(ZDROWIE, PODATKI);
    }

    @Test
    void theQueueModesAreCopied() {
        HashMap<QueueCode, RecordingMode> modes = new HashMap<>(Map.of(PODATKI, RecordingMode.NONE));
        RecordingPolicy policy = new RecordingPolicy(RecordingMode.ALL, true, modes);
        modes.put(DOKUMENTY, RecordingMode.NONE);

        assertThat(policy.modeFor(DOKUMENTY)).isEqualTo(RecordingMode.ALL);
    }
}
