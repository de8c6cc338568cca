package pl.infolinia.server.ivr;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.ivr.FlowContext;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.Queue;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.Offices;

/**
 * What the hotline's flows may refer to: the demo hotline's queues and calendar, the offices
 * that have a transfer destination configured (a flow may only send a caller where a call can go),
 * and the queues whose recording policy may record calls (a caller must hear the notice first).
 *
 * <p>Read afresh on every call of {@link #current()}, so that an office given a destination
 * today may be named by the flow published next.
 */
@Component
public class HotlineFlowContext {

    private final Offices offices;
    private final RecordingPolicies recordingPolicies;
    private final ObjectProvider<Acd> acd;

    HotlineFlowContext(Offices offices, RecordingPolicies recordingPolicies, ObjectProvider<Acd> acd) {
        this.offices = offices;
        this.recordingPolicies = recordingPolicies;
        this.acd = acd;
    }

    public FlowContext current() {
        return current(recordingPolicies);
    }

    /** The context as it would be under {@code policies}, e.g. to check a policy before storing it. */
    public FlowContext current(RecordingPolicies policies) {
        // without the switchboard (a command-line tool) no queue takes calls, so none records
        List<Queue> queues = acd.stream().flatMap(a -> a.queues().stream()).toList();
        return DemoHotline.context(transferableOffices(), policies.recordedQueues(queues));
    }

    private Set<OfficeCode> transferableOffices() {
        return offices.all().stream().filter(office -> office.transferTo().isPresent()).map(Office::code)
                .map(code -> OfficeCode.of(code.value())).collect(Collectors.toSet());
    }
}
