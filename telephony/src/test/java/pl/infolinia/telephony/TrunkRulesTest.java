package pl.infolinia.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrunkRulesTest {

    @Test
    void numberPatternsMatchExactNumbersPrefixesAndAny() {
        NumberPatterns patterns = NumberPatterns.parse("222500115, +48*");

        assertThat(patterns.matches("222500115")).isTrue();
        assertThat(patterns.matches("2225001150")).isFalse();
        assertThat(patterns.matches("+48600100200")).isTrue();
        assertThat(patterns.matches("0048600100200")).isFalse();
        assertThat(NumberPatterns.ANY.matches("anything")).isTrue();
        assertThat(NumberPatterns.parse(" ").matches("222500115")).isFalse();
    }

    @Test
    void refusesPatternsWithAStarInside() {
        assertThatThrownBy(() -> NumberPatterns.parse("22*5")).hasMessageContaining("22*5");
        assertThatThrownBy(() -> NumberPatterns.parse("1, ,2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addressBlocksHoldTheirAddressesOnly() {
        AddressBlock block = AddressBlock.parse("203.0.113.0/28");

        assertThat(block.contains("203.0.113.15")).isTrue();
        assertThat(block.contains("203.0.113.16")).isFalse();
        assertThat(AddressBlock.parse("10.1.2.3").contains("10.1.2.3")).isTrue();
        assertThat(AddressBlock.parse("10.1.2.3").contains("10.1.2.4")).isFalse();
        assertThat(block.contains("not-an-address")).isFalse();
    }

    @Test
    void refusesHostNamesAndBadPrefixes() {
        assertThatThrownBy(() -> AddressBlock.parse("pbx.example.org")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> AddressBlock.parse("10.0.0.0/33")).hasMessageContaining("/33");
    }

    @Test
    void aTrunkNeedsAWayToBeRecognisedAndAUriToDialOut() {
        assertThatThrownBy(() -> new Trunk("x", List.of(), Optional.empty(), NumberPatterns.ANY, NumberPatterns.NONE,
                Optional.empty())).hasMessageContaining("needs addresses, an account,");
        assertThatThrownBy(() -> new Trunk("x", List.of(AddressBlock.parse("10.0.0.1")), Optional.empty(),
                NumberPatterns.NONE, NumberPatterns.ANY, Optional.empty())).hasMessageContaining("no URI");
    }

    @Test
    void dialsOutThroughTheFirstTrunkThatMayDialTheNumber() {
        Trunk mobile = new Trunk("mobile", List.of(AddressBlock.parse("10.0.0.1")), Optional.empty(), NumberPatterns.NONE,
                NumberPatterns.parse("+485*, +486*"), Optional.of("sip:{number}@10.0.0.1"));
        Trunk fixed = new Trunk("fixed", List.of(AddressBlock.parse("10.0.0.2")), Optional.empty(), NumberPatterns.NONE,
                NumberPatterns.parse("+48*"), Optional.of("sip:{number}@10.0.0.2"));
        Trunks trunks = new Trunks(List.of(mobile, fixed), NumberPatterns.NONE);

        assertThat(trunks.outbound("+48600100200").map(Trunk::name)).contains("mobile");
        assertThat(trunks.outbound("+48221234567").flatMap(t -> t.uriFor("+48221234567")))
                .contains("sip:+48221234567@10.0.0.2");
        assertThat(trunks.outbound("+4930123")).isEmpty();
        Trunk any = new Trunk("any", List.of(AddressBlock.parse("10.0.0.3")), Optional.empty(), NumberPatterns.NONE,
                NumberPatterns.ANY, Optional.of("sip:{number}@10.0.0.3"));
        assertThat(any.uriFor("agent1")).as("names never go out through a trunk").isEmpty();
        assertThat(new Trunk.Account("u", "secret").toString()).doesNotContain("secret");
    }
}
