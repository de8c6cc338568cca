package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RtpPacketTest {

    @Test
    void encodesTheFixedHeaderInNetworkOrder() {
        RtpPacket packet = new RtpPacket(true, 0, 0x1234, 0xDEADBEEFL, 0x5EED0001L, new byte[] {(byte) 0xFF, 0x7F});

        assertThat(HexFormat.of().formatHex(packet.encode())).isEqualTo("80801234deadbeef5eed0001ff7f");
    }

    @Test
    void parsesWhatItEncodes() {
        RtpPacket packet = new RtpPacket(false, 101, 65535, 4_294_967_295L, 1, new byte[] {1, 2, 3, 4});
        byte[] bytes = packet.encode();

        assertThat(RtpPacket.parse(bytes, bytes.length)).isEqualTo(packet);
    }

    @Test
    void skipsContributingSourcesExtensionAndPadding() {
        byte[] bytes = HexFormat.of().parseHex(
                "b1" + "08" + "0001" + "00000010" + "00000020" // V=2 P X CC=1, PT 8
                        + "00000099" // CSRC
                        + "beef0001" + "01020304" // extension header, one word
                        + "d5d5" + "0002"); // payload, then padding of 2 bytes

        RtpPacket packet = RtpPacket.parse(bytes, bytes.length);

        assertThat(packet.payloadType()).isEqualTo(8);
        assertThat(packet.payload()).containsExactly(0xd5, 0xd5);
    }

    @Test
    void refusesWhatIsNotRtp() {
        assertThatThrownBy(() -> RtpPacket.parse(new byte[5], 5)).isInstanceOf(MalformedRtpPacket.class);
        byte[] version1 = new byte[12];
        version1[0] = 0x40;
        assertThatThrownBy(() -> RtpPacket.parse(version1, 12)).isInstanceOf(MalformedRtpPacket.class);
        byte[] padsTooMuch = HexFormat.of().parseHex("a000000100000000000000000000ff");
        assertThatThrownBy(() -> RtpPacket.parse(padsTooMuch, padsTooMuch.length)).isInstanceOf(MalformedRtpPacket.class);
    }
}
