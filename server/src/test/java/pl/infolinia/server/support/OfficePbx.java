package pl.infolinia.server.support;

import java.util.Optional;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.office.TransferDestination;
import pl.infolinia.telephony.testkit.FreePorts;

/** An office's PBX played by a test's SIP peer on loopback: the office's transfer address points at it. */
public final class OfficePbx {

    private OfficePbx() {
    }

    /**
     * Points the office's transfer address at a free loopback port.
     *
     * @return the port the test's answering machine is to listen on
     */
    public static int at(Offices offices, OfficeCode code) {
        int port = FreePorts.next();
        pointAt(offices, code, "sip:infolinia@127.0.0.1:" + port);
        return port;
    }

    /** Points the office's transfer address at a peer the test started, e.g. a softphone. */
    public static void pointAt(Offices offices, OfficeCode code, String address) {
        Office office = offices.find(code).orElseThrow();
        offices.save(new Office(code, office.name(), office.kind(), Optional.of(new TransferDestination(address))));
    }
}
