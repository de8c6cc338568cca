package pl.infolinia.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.media.G711;

class SessionDescriptionTest {

    private static final String SIPP_OFFER = """
            v=0
            o=citizen 4001 1 IN IP4 127.0.0.1
            s=caller-ivr
            c=IN IP4 127.0.0.1
            t=0 0
            m=audio 16000 RTP/AVP 0 101
            a=rtpmap:0 PCMU/8000
            a=rtpmap:101 telephone-event/8000
            a=fmtp:101 0-16
            a=ptime:20
            a=sendrecv
            """.replace("\n", "\r\n");

    @Test
    void readsAddressPortCodecAndTelephoneEvent() {
        SessionDescription offer = SessionDescription.parse(SIPP_OFFER).orElseThrow();

        assertThat(offer.connectionAddress()).isEqualTo("127.0.0.1");
        assertThat(offer.audioPort()).isEqualTo(16000);
        assertThat(offer.codec()).contains(G711.PCMU);
        assertThat(offer.telephoneEvent()).isEqualTo(101);
        assertThat(offer.holds()).isFalse();
    }

    @Test
    void prefersTheMediaLevelAddressAndFindsALawByName() {
        String sdp = "v=0\nc=IN IP4 192.0.2.1\nm=video 5000 RTP/AVP 96\nc=IN IP4 192.0.2.9\n"
                + "m=audio 6000 RTP/AVP 18 96\nc=IN IP4 192.0.2.2\na=rtpmap:96 pcma/8000\n";

        SessionDescription offer = SessionDescription.parse(sdp).orElseThrow();

        assertThat(offer.connectionAddress()).isEqualTo("192.0.2.2");
        assertThat(offer.audioPort()).isEqualTo(6000);
        assertThat(offer.codec()).contains(G711.PCMA);
        assertThat(offer.telephoneEvent()).isEqualTo(-1);
    }

    @Test
    void anOfferWithoutG711HasNoCodecAndOneWithoutAudioIsNoOffer() {
        assertThat(SessionDescription.parse("v=0\nc=IN IP4 10.0.0.1\nm=audio 4000 RTP/AVP 18\n").orElseThrow().codec())
                .isEmpty();
        assertThat(SessionDescription.parse("v=0\nc=IN IP4 10.0.0.1\nm=video 4000 RTP/AVP 96\n")).isEmpty();
        assertThat(SessionDescription.parse("not sdp at all")).isEmpty();
    }

    @Test
    void recognisesHoldBySendonlyInactiveOrTheOldZeroAddress() {
        assertThat(SessionDescription.parse(SIPP_OFFER.replace("a=sendrecv", "a=sendonly")).orElseThrow().holds()).isTrue();
        assertThat(SessionDescription.parse(SIPP_OFFER.replace("a=sendrecv", "a=inactive")).orElseThrow().holds()).isTrue();
        assertThat(SessionDescription.parse(SIPP_OFFER.replace("c=IN IP4 127.0.0.1", "c=IN IP4 0.0.0.0")).orElseThrow()
                .holds()).isTrue();
        assertThat(SessionDescription.parse(SIPP_OFFER.replace("a=sendrecv", "a=recvonly")).orElseThrow().holds()).isFalse();
    }

    @Test
    void answersWithTheChosenLawTheEventTypeAndTheMirroredDirection() {
        String answer = SessionDescription.answer("127.0.0.1", 26000, G711.PCMU, 101, 7, MediaDirection.SENDONLY.answer());

        assertThat(answer).contains("c=IN IP4 127.0.0.1\r\n", "m=audio 26000 RTP/AVP 0 101\r\n",
                "a=rtpmap:0 PCMU/8000\r\n", "a=rtpmap:101 telephone-event/8000\r\n", "a=recvonly\r\n");
        assertThat(SessionDescription.parse(answer).orElseThrow().codec()).contains(G711.PCMU);
    }

    @Test
    void offersBothLawsAndTelephoneEvent() {
        SessionDescription offer = SessionDescription.parse(SessionDescription.offer("10.1.1.1", 20000, 1)).orElseThrow();

        assertThat(offer.payloadTypes()).containsExactly(0, 8, 101);
        assertThat(offer.telephoneEvent()).isEqualTo(101);
    }
}
