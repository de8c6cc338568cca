package pl.infolinia.server.telephony;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import pl.infolinia.server.app.settings.Settings;
import pl.infolinia.telephony.SipTls;

/**
 * SIP over TLS from {@code --sip-tls-port}, {@code --sip-tls-keystore} and
 * {@code --sip-tls-keystore-password}: none without a port; with a port, a readable key store is
 * required, and its absence stops the start with the settings' spellings.
 */
final class ConfiguredTls {

    private ConfiguredTls() {
    }

    static Optional<SipTls> of(String port, String keyStore, String password) {
        if (port.isBlank()) {
            return Optional.empty();
        }
        if (keyStore.isBlank()) {
            throw new IllegalArgumentException("SIP over TLS on " + Settings.SIP_TLS_PORT.spellings() + " needs a key store:"
                    + " set " + Settings.SIP_TLS_KEYSTORE.spellings() + " and " + Settings.SIP_TLS_KEYSTORE_PASSWORD.spellings());
        }
        Path file = Path.of(keyStore);
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Invalid " + Settings.SIP_TLS_KEYSTORE.spellings() + ": cannot read "
                    + file.toAbsolutePath());
        }
        try {
            return Optional.of(new SipTls(Integer.parseInt(port.trim()), file, password));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + Settings.SIP_TLS_PORT.spellings() + ": " + e.getMessage(), e);
        }
    }
}
