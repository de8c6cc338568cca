package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DtmfEventsTest {

    @Test
    void encodesTheFourByteEventPayload() {
        // RFC 4733 §2.3: event, E|R|volume, 16-bit duration
        assertThat(HexFormat.of().formatHex(TelephoneEvent.of('#', true, 10, 800).encode())).isEqualTo("0b8a0320");
        assertThat(TelephoneEvent.parse(HexFormat.of().parseHex("050a00a0")))
                .isEqualTo(new TelephoneEvent(5, false, 10, 160));
        assertThat(TelephoneEvent.of('*', false, 0, 0).event()).isEqualTo(10);
        assertThat(new TelephoneEvent(15, false, 0, 0).digit()).isEqualTo('D');
    }

    @Test
    void senderSendsStartWithMarkerGrowingDurationsAndThreeEnds() {
        RtpSession session = new RtpSession(9, 100, 8000);
        DtmfEventSender sender = new DtmfEventSender('7', 5, 8000);
        List<RtpPacket> packets = new ArrayList<>();
        while (!sender.finished()) {
            packets.add(sender.next(session, 101));
        }

        assertThat(packets).hasSize(7);
        assertThat(packets).allSatisfy(p -> assertThat(p.timestamp()).isEqualTo(8000));
        assertThat(packets).extracting(RtpPacket::marker).containsExactly(true, false, false, false, false, false, false);
        assertThat(packets).extracting(RtpPacket::sequence).containsExactly(100, 101, 102, 103, 104, 105, 106);
        assertThat(packets).extracting(p -> TelephoneEvent.parse(p.payload()).duration())
                .containsExactly(160, 320, 480, 640, 800, 800, 800);
        assertThat(packets).extracting(p -> TelephoneEvent.parse(p.payload()).end())
                .containsExactly(false, false, false, false, true, true, true);
    }

    @Test
    void receiverCountsAKeyOnceAlthoughItsEndIsSentThreeTimes() {
        RtpSession session = new RtpSession(9, 0, 0);
        DtmfEventReceiver receiver = new DtmfEventReceiver();
        List<Character> keys = new ArrayList<>();
        for (char key : "5#5".toCharArray()) {
            DtmfEventSender sender = new DtmfEventSender(key, 4, session.timestamp());
            while (!sender.finished()) {
                receiver.accept(sender.next(session, 101)).ifPresent(keys::add);
            }
            session.advance(1600);
        }

        assertThat(keys).containsExactly('5', '#', '5');
    }

    @Test
    void receiverIgnoresContinuationsAndNonDtmfEvents() {
        DtmfEventReceiver receiver = new DtmfEventReceiver();
        RtpPacket start = new RtpPacket(true, 101, 1, 160, 1, TelephoneEvent.of('1', false, 10, 160).encode());
        RtpPacket flash = new RtpPacket(true, 101, 2, 320, 1, new TelephoneEvent(16, true, 10, 800).encode());

        assertThat(receiver.accept(start)).isEmpty();
        assertThat(receiver.accept(flash)).isEqualTo(Optional.empty());
    }
}
