package pl.infolinia.server.switchboard;

import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.switchboard.OfficeLines;
import pl.infolinia.contactcenter.transfer.DeliveryProblem;
import pl.infolinia.contactcenter.transfer.Fallback;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;

/**
 * Calls can be sent to the offices whose transfer address is filled in the offices directory;
 * when such a line is busy or does not answer, the office's forwarding rule says where the call
 * goes instead.
 */
@Component
class ServerOfficeLines implements OfficeLines {

    private final Offices offices;
    private final JdbcOfficeForwarding forwarding;

    ServerOfficeLines(Offices offices, JdbcOfficeForwarding forwarding) {
        this.offices = offices;
        this.forwarding = forwarding;
    }

    @Override
    public Fallback fallback(pl.infolinia.contactcenter.OfficeCode office, DeliveryProblem problem) {
        if (!OfficeCode.isValid(office.value())) {
            return new Fallback.BackToSender();
        }
        return Optional.ofNullable(forwarding.of(new OfficeCode(office.value())).get(problem.name()))
                .flatMap(ForwardingRule::parse).orElse(new Fallback.BackToSender());
    }

    @Override
    public boolean has(pl.infolinia.contactcenter.OfficeCode office) {
        return OfficeCode.isValid(office.value())
                && offices.find(new OfficeCode(office.value())).flatMap(o -> o.transferTo()).isPresent();
    }
}
