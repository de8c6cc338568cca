package pl.infolinia.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaDirectionTest {

    @Test
    void answersHoldWithTheMirrorImage() {
        assertThat(MediaDirection.of("sendonly").answer()).isEqualTo(MediaDirection.RECVONLY);
        assertThat(MediaDirection.of("recvonly").answer()).isEqualTo(MediaDirection.SENDONLY);
        assertThat(MediaDirection.of("inactive").answer()).isEqualTo(MediaDirection.INACTIVE);
        assertThat(MediaDirection.of("sendrecv").answer().attribute()).isEqualTo("sendrecv");
    }

    @Test
    void onlySendrecvAndRecvonlyReceive() {
        assertThat(MediaDirection.SENDRECV.receives()).isTrue();
        assertThat(MediaDirection.RECVONLY.receives()).isTrue();
        assertThat(MediaDirection.SENDONLY.receives()).isFalse();
        assertThat(MediaDirection.INACTIVE.receives()).isFalse();
    }
}
