package pl.infolinia.server.switchboard;

import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.switchboard.OfficeLines;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;

/** Calls can be sent to the offices whose transfer address is filled in the offices directory. */
@Component
class ServerOfficeLines implements OfficeLines {

    private final Offices offices;

    ServerOfficeLines(Offices offices) {
        this.offices = offices;
    }

    @Override
    public boolean has(pl.infolinia.contactcenter.OfficeCode office) {
        return OfficeCode.isValid(office.value())
                && offices.find(new OfficeCode(office.value())).flatMap(o -> o.transferTo()).isPresent();
    }
}
