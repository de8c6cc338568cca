package pl.infolinia.contactcenter.switchboard;

import java.util.Optional;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.Queue;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.contactcenter.recordingpolicy.RecordingRule;

/**
 * Which recording rule an answered call gets: its queue's office's policy for that queue, asked
 * afresh at every answer so that a changed policy applies from the next call on; a call outside
 * any queue gets its hotline office's default.
 */
final class RecordingRules {

    private static final System.Logger LOG = System.getLogger(RecordingRules.class.getName());

    private final Acd acd;
    private final RecordingPolicies policies;

    RecordingRules(Acd acd, RecordingPolicies policies) {
        this.acd = acd;
        this.policies = policies;
    }

    RecordingRule forAnswered(LiveCall call) {
        Optional<Queue> queue = acd.call(call.contact()).flatMap(queued -> acd.queues().stream()
                .filter(candidate -> candidate.code().equals(queued.queue())).findFirst());
        try {
            return queue.map(q -> policies.ruleFor(q.office(), q.code()))
                    .orElseGet(() -> policies.ruleFor(call.office(), null));
        } catch (RuntimeException e) {
            // the call goes on; unsure whether the caller may be recorded, it is not
            LOG.log(System.Logger.Level.ERROR, "cannot read the recording policy for " + call.contact().value()
                    + "; the call is not recorded", e);
            return RecordingRule.NOT_RECORDED;
        }
    }
}
