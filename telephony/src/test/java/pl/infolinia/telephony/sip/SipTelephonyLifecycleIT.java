package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.testkit.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.TelephonyStartFailed;

/** Starting and stopping the engine as the server does: ports bound, then freed, no thread left. */
class SipTelephonyLifecycleIT {

    @Test
    void listensOnAllInterfacesAndLeavesNothingBehindWhenClosed() throws Exception {
        int port = FreePorts.next();
        SipTelephony engine = SipTelephony.start(TelephonySettings.defaults().withSipPort(port).withRtpPorts(26000, 26999),
                (user, realm) -> Optional.empty());
        try (UdpSipClient client = new UdpSipClient(port)) {
            assertThat(client.exchange(client.options("", ""))).contains("SIP/2.0 200 OK");
        } finally {
            engine.close();
        }

        // the EventScannerThread of jain-sip-ri 1.3.0-91 would keep a JVM alive after stop()
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> t.isAlive() && !t.isDaemon())
                .extracting(Thread::getName).doesNotContain("EventScannerThread", "DefaultSipTimerThread"));
        try (DatagramSocket again = new DatagramSocket(new InetSocketAddress("0.0.0.0", port))) {
            assertThat(again.getLocalPort()).as("the SIP port is free again").isEqualTo(port);
        }
    }

    @Test
    void reportsATakenPortWithoutLeakingJainSip() throws Exception {
        int port = FreePorts.next();
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
            assertThatThrownBy(() -> SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1")
                    .withSipPort(port), (user, realm) -> Optional.empty()))
                    .isInstanceOf(TelephonyStartFailed.class)
                    .hasMessageContaining(Integer.toString(port))
                    .hasNoCause();
        }
    }
}
