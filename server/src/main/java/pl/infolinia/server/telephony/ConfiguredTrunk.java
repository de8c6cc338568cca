package pl.infolinia.server.telephony;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import pl.infolinia.server.app.settings.Setting;
import pl.infolinia.server.app.settings.Settings;
import pl.infolinia.telephony.AddressBlock;
import pl.infolinia.telephony.NumberPatterns;
import pl.infolinia.telephony.Trunk;
import pl.infolinia.telephony.Trunks;

/**
 * The carrier's trunk and the direct numbers, from the {@code --sip-trunk*} and
 * {@code --sip-direct-numbers} settings, as the engine's {@link Trunks}.
 *
 * <p>Without {@code --sip-trunk-addresses} and {@code --sip-trunk-user} there is no inbound
 * trunk; {@code --sip-trunk} alone gives the outbound-only trunk that callbacks are dialled
 * through. A setting that cannot be used stops the start with its three spellings.
 */
@Component
class ConfiguredTrunk {

    private final Trunks trunks;

    ConfiguredTrunk(@Value("${infolinia.sip.trunk:}") String uri,
                    @Value("${infolinia.sip.trunk.addresses:}") String addresses,
                    @Value("${infolinia.sip.trunk.user:}") String user,
                    @Value("${infolinia.sip.trunk.password:}") String password,
                    @Value("${infolinia.sip.trunk.inbound:}") String inbound,
                    @Value("${infolinia.sip.trunk.outbound:*}") String outbound,
                    @Value("${infolinia.sip.direct.numbers:infolinia}") String direct) {
        NumberPatterns directNumbers = read(Settings.SIP_DIRECT_NUMBERS, () -> NumberPatterns.parse(direct));
        Optional<Trunk> trunk = Optional.empty();
        if (!uri.isBlank() || !addresses.isBlank() || !user.isBlank()) {
            List<AddressBlock> blocks = read(Settings.SIP_TRUNK_ADDRESSES, () -> Arrays.stream(addresses.split(","))
                    .filter(a -> !a.isBlank()).map(AddressBlock::parse).toList());
            Optional<Trunk.Account> account = user.isBlank() ? Optional.empty()
                    : Optional.of(read(Settings.SIP_TRUNK_PASSWORD, () -> new Trunk.Account(user, password)));
            NumberPatterns in = read(Settings.SIP_TRUNK_INBOUND, () -> NumberPatterns.parse(inbound));
            NumberPatterns out = uri.isBlank() ? NumberPatterns.NONE
                    : read(Settings.SIP_TRUNK_OUTBOUND, () -> NumberPatterns.parse(outbound));
            trunk = Optional.of(read(Settings.SIP_TRUNK, () -> new Trunk("trunk", blocks, account, in, out,
                    Optional.of(uri).filter(u -> !u.isBlank()))));
        }
        this.trunks = new Trunks(trunk.stream().toList(), directNumbers);
    }

    private static <T> T read(Setting setting, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + setting.spellings() + ": " + e.getMessage(), e);
        }
    }

    Trunks trunks() {
        return trunks;
    }
}
