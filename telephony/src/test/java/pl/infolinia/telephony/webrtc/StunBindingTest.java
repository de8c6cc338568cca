package pl.infolinia.telephony.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** ICE-lite connectivity checks against RFC 5769's sample request. */
class StunBindingTest {

    // RFC 5769 §2.1: USERNAME "evtj:h6vY", password "VOkJxbRl1RmTxUk/WvJxBt"
    private static final byte[] SAMPLE_REQUEST = HexFormat.of().parseHex(
            "000100582112a442b7e7a701bc34d686fa87dfae80220010"
                    + "5354554e207465737420636c69656e74" // SOFTWARE "STUN test client"
                    + "002400046e0001ff80290008932ff9b151263b36000600096576746a3a68367659202020"
                    + "000800149aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a280280004e57a3bcf");
    private static final InetSocketAddress BROWSER = new InetSocketAddress("192.0.2.1", 32853);

    @Test
    void answersTheRfc5769SampleRequestWithItsAddressUnderIntegrityAndFingerprint() {
        StunBinding binding = new StunBinding("evtj", "VOkJxbRl1RmTxUk/WvJxBt");

        byte[] response = binding.answer(SAMPLE_REQUEST, SAMPLE_REQUEST.length, BROWSER).orElseThrow().response();

        ByteBuffer in = ByteBuffer.wrap(response);
        assertThat(in.getShort(0)).isEqualTo((short) 0x0101);
        assertThat(HexFormat.of().formatHex(response, 8, 20)).isEqualTo("b7e7a701bc34d686fa87dfae");
        assertThat(in.getShort(20)).as("XOR-MAPPED-ADDRESS").isEqualTo((short) 0x0020);
        assertThat((in.getShort(26) ^ 0x2112) & 0xffff).isEqualTo(32853);
        assertThat(in.getInt(28) ^ 0x2112A442).isEqualTo(0xc0000201); // 192.0.2.1
        CRC32 crc = new CRC32();
        crc.update(response, 0, response.length - 8);
        assertThat(in.getInt(response.length - 4)).isEqualTo((int) crc.getValue() ^ 0x5354554e);
        assertThat(new StunBinding("x", "VOkJxbRl1RmTxUk/WvJxBt").integrityHolds(response, response.length - 32))
                .as("MESSAGE-INTEGRITY made with our password").isTrue();
    }

    @Test
    void tellsWhetherTheBrowserNominatedThePair() {
        StunBinding binding = new StunBinding("evtj", "VOkJxbRl1RmTxUk/WvJxBt");
        byte[] nominating = BindingRequests.check("evtj", "VOkJxbRl1RmTxUk/WvJxBt", true);
        byte[] checking = BindingRequests.check("evtj", "VOkJxbRl1RmTxUk/WvJxBt", false);

        assertThat(binding.answer(nominating, nominating.length, BROWSER)).hasValueSatisfying(check ->
                assertThat(check.nominates()).isTrue());
        assertThat(binding.answer(checking, checking.length, BROWSER)).hasValueSatisfying(check ->
                assertThat(check.nominates()).isFalse());
        assertThat(binding.answer(SAMPLE_REQUEST, SAMPLE_REQUEST.length, BROWSER)).hasValueSatisfying(check ->
                assertThat(check.nominates()).as("RFC 5769's sample carries no USE-CANDIDATE").isFalse());
    }

    @Test
    void ignoresARequestSignedWithAnotherPassword() {
        StunBinding binding = new StunBinding("evtj", "another-password-entirely");

        assertThat(binding.answer(SAMPLE_REQUEST, SAMPLE_REQUEST.length, BROWSER)).isEmpty();
    }

    @Test
    void ignoresARequestForAnotherUser() {
        StunBinding binding = new StunBinding("abcd", "VOkJxbRl1RmTxUk/WvJxBt");

        assertThat(binding.answer(SAMPLE_REQUEST, SAMPLE_REQUEST.length, BROWSER)).isEmpty();
    }

    @Test
    void ignoresATruncatedRequest() {
        StunBinding binding = new StunBinding("evtj", "VOkJxbRl1RmTxUk/WvJxBt");

        assertThat(binding.answer(SAMPLE_REQUEST, 60, BROWSER)).isEmpty();
    }
}
