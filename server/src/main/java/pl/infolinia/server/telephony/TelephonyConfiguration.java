package pl.infolinia.server.telephony;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.infolinia.server.user.PasswordHasher;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.sip.SipTelephony;

/**
 * Starts the SIP and RTP engine with the server (not with command-line tools): phones register
 * with their users' credentials, calls come in from the trunk or to the direct numbers, and only
 * the offices' transfer addresses and, through the trunk, its outbound numbers can be dialled.
 */
@Configuration
@ConditionalOnWebApplication
class TelephonyConfiguration {

    private static final int MAX_SIP_MESSAGE_BYTES = 16 * 1024;

    @Bean(destroyMethod = "close")
    Telephony telephony(UserSipCredentials credentials, OfficeDestinations destinations, ConfiguredTrunk trunk,
            @Value("${infolinia.sip.address:127.0.0.1}") String address,
            @Value("${infolinia.sip.port:5060}") int port,
            @Value("${infolinia.rtp.port.min:10000}") int rtpMin,
            @Value("${infolinia.rtp.port.max:20000}") int rtpMax,
            @Value("${infolinia.data.dir:./data}") String dataDir,
            @Value("${infolinia.sip.public.address:}") String publicAddress,
            @Value("${infolinia.sip.tls.port:}") String tlsPort,
            @Value("${infolinia.sip.tls.keystore:}") String keyStore,
            @Value("${infolinia.sip.tls.keystore.password:}") String keyStorePassword) {
        TelephonySettings settings = new TelephonySettings(address, port, PasswordHasher.SIP_REALM,
                MAX_SIP_MESSAGE_BYTES, rtpMin, rtpMax, Path.of(dataDir, "prompts"),
                ConfiguredTls.of(tlsPort, keyStore, keyStorePassword), Optional.of(publicAddress));
        return SipTelephony.start(settings, credentials, destinations, trunk.trunks());
    }
}
