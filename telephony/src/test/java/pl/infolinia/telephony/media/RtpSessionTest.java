package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RtpSessionTest {

    @Test
    void numbersPacketsAndAdvancesTheTimestampByTheSamplesSent() {
        RtpSession session = new RtpSession(0xCAFEL, 65534, 4_294_967_200L);

        RtpPacket first = session.audio(0, new byte[160], 160, true);
        RtpPacket second = session.audio(0, new byte[160], 160, false);
        RtpPacket third = session.audio(0, new byte[160], 160, false);

        assertThat(first.sequence()).isEqualTo(65534);
        assertThat(second.sequence()).isEqualTo(65535);
        assertThat(third.sequence()).as("sequence wraps").isZero();
        assertThat(first.timestamp()).isEqualTo(4_294_967_200L);
        assertThat(second.timestamp()).as("timestamp wraps at 2^32").isEqualTo(64);
        assertThat(third.timestamp()).isEqualTo(224);
        assertThat(first.marker()).isTrue();
        assertThat(third.ssrc()).isEqualTo(0xCAFEL);
    }

    @Test
    void senderReportCarriesCountsAndTheWallClock() {
        RtpSession session = new RtpSession(7, 0, 1000);
        for (int i = 0; i < 50; i++) {
            session.audio(0, new byte[160], 160, false);
        }
        Instant now = Instant.parse("2026-11-27T12:00:00.5Z");

        byte[] bytes = session.senderReport(now).encode();
        RtcpSenderReport report = RtcpSenderReport.parse(bytes, bytes.length);

        assertThat(bytes).hasSize(28);
        assertThat(bytes[1] & 0xFF).isEqualTo(200);
        assertThat(report.ssrc()).isEqualTo(7);
        assertThat(report.packetCount()).isEqualTo(50);
        assertThat(report.octetCount()).isEqualTo(8000);
        assertThat(report.rtpTimestamp()).isEqualTo(1000 + 50 * 160);
        assertThat(report.ntp().fraction()).isEqualTo(0x8000_0000L);
        assertThat(report.ntp().toInstant()).isEqualTo(now);
    }

    @Test
    void randomSessionsDiffer() {
        java.util.Random random = new java.util.Random(42);
        assertThat(new RtpSession(random).ssrc()).isNotEqualTo(new RtpSession(random).ssrc());
    }
}
