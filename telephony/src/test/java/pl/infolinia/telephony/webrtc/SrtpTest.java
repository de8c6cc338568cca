package pl.infolinia.telephony.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** SRTP against RFC 3711's test vectors (Appendix B) and libsrtp's reference packet. */
class SrtpTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] MASTER_KEY = HEX.parseHex("e1f97a0d3e018be0d64fa32c06de4139");
    private static final byte[] MASTER_SALT = HEX.parseHex("0ec675ad498afeebb6960b3aabe6");

    @Test
    void derivesSessionKeysAsRfc3711AppendixB3() {
        SrtpSessionKeys keys = SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT);

        assertThat(HEX.formatHex(keys.rtpKey)).isEqualTo("c61e7a93744f39ee10734afe3ff7a087");
        assertThat(HEX.formatHex(keys.rtpSalt)).isEqualTo("30cbbc08863d8c85d49db34a9ae1");
        assertThat(HEX.formatHex(keys.rtpAuthKey)).isEqualTo("cebe321f6ff7716b6fd4ab49af256a156d38baa4");
    }

    @Test
    void producesTheKeyStreamOfRfc3711AppendixB2() {
        // session salt F0F1...FD, SSRC 0, index 0: the counter blocks start at F0F1...FD0000
        SrtpCipher cipher = new SrtpCipher(HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c"),
                HEX.parseHex("f0f1f2f3f4f5f6f7f8f9fafbfcfd"), new byte[20]);
        byte[] stream = new byte[48];

        cipher.crypt(stream, 0, stream.length, 0, 0);

        assertThat(HEX.formatHex(stream)).isEqualTo("e03ead0935c95e80e166b16dd92b4eb4"
                + "d23513162b02d0f72a43a2fe4a5f97ab" + "41e95b3bb0a2e8dd477901e4fca894c0");
    }

    @Test
    void protectsLibsrtpsReferencePacket() {
        byte[] plain = HEX.parseHex("800f1234decafbadcafebabe" + "ab".repeat(16));
        SrtpSender sender = new SrtpSender(SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT));

        byte[] protectedPacket = sender.protectRtp(plain, plain.length);

        assertThat(HEX.formatHex(protectedPacket)).isEqualTo("800f1234decafbadcafebabe"
                + "4e55dc4ce79978d88ca4d215949d2402" + "b78d6acc99ea179b8dbb");
    }

    @Test
    void unprotectsWhatTheSenderProtectedAndRefusesAReplay() {
        SrtpSender sender = new SrtpSender(SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT));
        SrtpReceiver receiver = new SrtpReceiver(SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT));
        byte[] plain = HEX.parseHex("80000001000000a012345678" + "0102030405060708090a");

        byte[] sent = sender.protectRtp(plain, plain.length);

        assertThat(receiver.unprotectRtp(sent, sent.length)).hasValueSatisfying(p -> assertThat(p).isEqualTo(plain));
        assertThat(receiver.unprotectRtp(sent, sent.length)).isEmpty();
    }

    @Test
    void refusesAPacketChangedOnTheWay() {
        SrtpSender sender = new SrtpSender(SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT));
        SrtpReceiver receiver = new SrtpReceiver(SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT));
        byte[] plain = HEX.parseHex("80000001000000a012345678" + "0102030405060708090a");
        byte[] sent = sender.protectRtp(plain, plain.length);

        sent[14] ^= 1;

        assertThat(receiver.unprotectRtp(sent, sent.length)).isEmpty();
    }

    @Test
    void followsTheSequenceNumberAcrossItsWrap() {
        SrtpSender sender = new SrtpSender(SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT));
        SrtpReceiver receiver = new SrtpReceiver(SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT));
        for (int sequence : new int[] {0xfffe, 0xffff, 0x0000, 0x0001}) {
            byte[] plain = HEX.parseHex("8000" + String.format("%04x", sequence) + "000000a012345678" + "aabbccdd");

            byte[] sent = sender.protectRtp(plain, plain.length);

            assertThat(receiver.unprotectRtp(sent, sent.length)).as("sequence %x", sequence)
                    .hasValueSatisfying(p -> assertThat(p).isEqualTo(plain));
        }
    }

    @Test
    void protectsAndUnprotectsRtcpWithTheEncryptedFlagAndIndex() {
        SrtpSender sender = new SrtpSender(SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT));
        SrtpReceiver receiver = new SrtpReceiver(SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT));
        byte[] report = HEX.parseHex("80c80006cafebabe" + "0102030405060708090a0b0c0d0e0f101112131415161718");

        byte[] sent = sender.protectRtcp(report, report.length);

        assertThat(sent).hasSize(report.length + 14);
        assertThat(sent[report.length] & 0x80).as("E flag").isEqualTo(0x80);
        assertThat(receiver.unprotectRtcp(sent, sent.length)).hasValueSatisfying(p -> assertThat(p).isEqualTo(report));
        sent[9] ^= 1;
        assertThat(receiver.unprotectRtcp(sent, sent.length)).isEmpty();
    }

    @Test
    void neverShowsItsKeys() {
        assertThat(SrtpSessionKeys.derive(MASTER_KEY, MASTER_SALT).toString()).doesNotContain("c61e7a93");
    }
}
