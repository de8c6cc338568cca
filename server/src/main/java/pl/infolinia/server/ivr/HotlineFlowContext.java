package pl.infolinia.server.ivr;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.ivr.FlowContext;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.Offices;

/**
 * What the hotline's flows may refer to: the demo hotline's queues and calendar, and the offices
 * that have a transfer destination configured (a flow may only send a caller where a call can go).
 *
 * <p>Read afresh on every call of {@link #current()}, so that an office given a destination
 * today may be named by the flow published next.
 */
@Component
public class HotlineFlowContext {

    private final Offices offices;

    HotlineFlowContext(Offices offices) {
        this.offices = offices;
    }

    public FlowContext current() {
        return DemoHotline.context(transferableOffices());
    }

    private Set<OfficeCode> transferableOffices() {
        return offices.all().stream().filter(office -> office.transferTo().isPresent()).map(Office::code)
                .map(code -> OfficeCode.of(code.value())).collect(Collectors.toSet());
    }
}
