package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.testkit.Signal;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InfoHandlerTest {

    @Test
    void readsTheKeyOfDtmfRelayAndOfPlainDtmf() {
        assertThat(InfoHandler.parse("dtmf-relay", "Signal=5\r\nDuration=160\r\n")).contains('5');
        assertThat(InfoHandler.parse("dtmf-relay", "Signal= #\r\n")).contains('#');
        assertThat(InfoHandler.parse("dtmf", "*")).contains('*');
        assertThat(InfoHandler.parse("dtmf", "d\r\n")).contains('D');
    }

    @Test
    void ignoresBodiesThatAreNoKeyPress() {
        assertThat(InfoHandler.parse("dtmf-relay", "Signal=x\r\n")).isEmpty();
        assertThat(InfoHandler.parse("dtmf", "12")).isEmpty();
        assertThat(InfoHandler.parse("media_control+xml", "<media_control/>")).isEmpty();
    }
}
