package pl.infolinia.server.telephony;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.server.app.StartupNote;
import pl.infolinia.telephony.Telephony;

/** Says where phones register, in the summary printed at start-up. */
@Component
@ConditionalOnWebApplication
class SipStartupNote implements StartupNote {

    private final Telephony telephony;
    private final String address;
    private final String transports;

    SipStartupNote(Telephony telephony, @Value("${infolinia.sip.address:127.0.0.1}") String address,
                   @Value("${infolinia.sip.public.address:}") String publicAddress,
                   @Value("${infolinia.sip.tls.port:}") String tlsPort) {
        this.telephony = telephony;
        this.address = publicAddress.isBlank() ? address : publicAddress;
        this.transports = tlsPort.isBlank() ? "UDP and TCP" : "UDP and TCP; TLS on " + tlsPort.trim();
    }

    @Override
    public List<String> lines() {
        return List.of("SIP:      " + address + ":" + telephony.sipPort() + " (" + transports + "); consultants' and"
                        + " supervisors' phones register as their user, e.g. sip:agent1@" + address + ", with their password",
                "Hotline:  sip:infolinia@" + address + ":" + telephony.sipPort()
                        + " (greeting, recording notice, menu 1-9 by topic, 0 a consultant)");
    }
}
