package pl.infolinia.server.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.Trunk;

class ConfiguredTrunkTest {

    @Test
    void withoutTrunkSettingsOnlyTheDirectNumbersCanBeCalled() {
        ConfiguredTrunk configured = new ConfiguredTrunk("", "", "", "", "", "*", "infolinia");

        assertThat(configured.trunks().trunks()).isEmpty();
        assertThat(configured.trunks().direct().matches("infolinia")).isTrue();
        assertThat(configured.trunks().direct().matches("222500115")).isFalse();
        assertThat(configured.trunks().outbound("600100200")).isEmpty();
    }

    @Test
    void theTrunkUriAloneDialsCallbacksOut() {
        ConfiguredTrunk configured = new ConfiguredTrunk("sip:{number}@10.0.0.5:5060", "", "", "", "", "*", "infolinia");

        assertThat(configured.trunks().outbound("600100200").flatMap(t -> t.uriFor("600100200")))
                .contains("sip:600100200@10.0.0.5:5060");
        assertThat(configured.trunks().trunks().getFirst().inbound().isEmpty()).isTrue();
    }

    @Test
    void aTrunkIsKnownByItsAddressesAndAccountWithItsNumbers() {
        ConfiguredTrunk configured = new ConfiguredTrunk("sip:{number}@203.0.113.5", "203.0.113.5, 198.51.100.0/28",
                "infolinia", "s3cret", "222500115, 22250011*", "+48*, 0*", "");

        Trunk trunk = configured.trunks().trunks().getFirst();
        assertThat(trunk.acceptsAddress("198.51.100.7")).isTrue();
        assertThat(trunk.acceptsAddress("198.51.100.17")).isFalse();
        assertThat(trunk.account()).map(Trunk.Account::user).contains("infolinia");
        assertThat(trunk.inbound().matches("222500118")).isTrue();
        assertThat(trunk.uriFor("+4930123456")).isEmpty();
        assertThat(configured.trunks().direct().isEmpty()).isTrue();
    }

    @Test
    void aBadValueNamesTheSettingsThreeSpellings() {
        assertThatThrownBy(() -> new ConfiguredTrunk("", "pbx.example.org", "", "", "222500115", "*", "infolinia"))
                .hasMessageContaining("--sip-trunk-addresses (INFOLINIA_SIP_TRUNK_ADDRESSES, infolinia.sip.trunk.addresses)")
                .hasMessageContaining("pbx.example.org");
        assertThatThrownBy(() -> new ConfiguredTrunk("sip:10.0.0.5", "", "", "", "", "*", "infolinia"))
                .hasMessageContaining("--sip-trunk ").hasMessageContaining("{number}");
        assertThatThrownBy(() -> new ConfiguredTrunk("", "", "infolinia", "", "222500115", "*", "infolinia"))
                .hasMessageContaining("--sip-trunk-password");
        assertThatThrownBy(() -> new ConfiguredTrunk("", "", "", "", "", "*", "info*linia"))
                .hasMessageContaining("--sip-direct-numbers");
    }
}
