package pl.infolinia.server.telephony;

import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.office.TransferDestination;
import pl.infolinia.telephony.SipDestinations;

/**
 * The only places outside Infolinia a call may be sent by name: the transfer addresses of the
 * offices, named by office code, and the simulated consultants' phones of {@code --demo-traffic}.
 * Citizens' numbers go out through the trunk ({@link ConfiguredTrunk}) when one is configured.
 * Anything else is refused, so nobody can dial out through the platform; which numbers are
 * dialled is the contact centre's decision (only callbacks to the number a citizen called from).
 */
@Component
class OfficeDestinations implements SipDestinations {

    private final Offices offices;
    private final SimulatedPhones simulated;

    OfficeDestinations(Offices offices, SimulatedPhones simulated) {
        this.offices = offices;
        this.simulated = simulated;
    }

    @Override
    public Optional<String> uri(String name) {
        return Optional.of(name).filter(OfficeCode::isValid).map(OfficeCode::new).flatMap(offices::find)
                .flatMap(Office::transferTo).map(TransferDestination::uri)
                .or(() -> simulated.uri(name));
    }
}
