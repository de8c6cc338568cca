package pl.infolinia.server.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.telephony.SipTls;

class ConfiguredTlsTest {

    @TempDir
    Path dir;

    @Test
    void noPortNoTls() {
        assertThat(ConfiguredTls.of("", "", "")).isEmpty();
    }

    @Test
    void aPortWithAReadableKeyStoreListensOnTls() throws Exception {
        Path keyStore = Files.write(dir.resolve("infolinia.p12"), new byte[] {1});

        assertThat(ConfiguredTls.of("5061", keyStore.toString(), "secret")).hasValueSatisfying(tls -> {
            assertThat(tls.port()).isEqualTo(5061);
            assertThat(tls.keyStoreType()).isEqualTo("PKCS12");
            assertThat(tls.toString()).doesNotContain("secret");
        });
        assertThat(ConfiguredTls.of("5061", dir.resolve("old.jks").toString().replace("old.jks", "infolinia.p12"), "s"))
                .map(SipTls::keyStore).contains(keyStore);
    }

    @Test
    void aPortWithoutAKeyStoreStopsTheStartNamingTheSettings() {
        assertThatThrownBy(() -> ConfiguredTls.of("5061", "", ""))
                .hasMessageContaining("--sip-tls-keystore (INFOLINIA_SIP_TLS_KEYSTORE, infolinia.sip.tls.keystore)");
        assertThatThrownBy(() -> ConfiguredTls.of("5061", dir.resolve("missing.p12").toString(), "x"))
                .hasMessageContaining("--sip-tls-keystore").hasMessageContaining("missing.p12");
    }
}
