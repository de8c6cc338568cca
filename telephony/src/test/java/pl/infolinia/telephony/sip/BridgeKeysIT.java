package pl.infolinia.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.CallScript;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.testkit.FreePorts;

/**
 * Keys pressed by one party of a bridge reach the other, over real SIP and RTP: a second engine
 * plays the citizen and the office's PBX, the engine under test bridges them. A key the citizen
 * presses is read by the office, and one the office presses by the citizen; a key the office
 * sends straight back (an echo) is not bounced back to the citizen.
 */
class BridgeKeysIT {

    private SipTelephony hotline;
    private SipTelephony outside;

    @AfterEach
    void stop() {
        if (hotline != null) {
            hotline.close();
        }
        if (outside != null) {
            outside.close();
        }
    }

    @Test
    void keysPressedOnEitherSideOfTheBridgeReachTheOtherSide() throws Exception {
        CompletableFuture<String> officeRead = new CompletableFuture<>();
        CompletableFuture<Channel> officeLine = new CompletableFuture<>();
        Channel citizen = callThroughTheBridge(office -> {
            office.answer();
            officeLine.complete(office);
            officeRead.complete(digits(office, 3));
            office.awaitHangup(Duration.ofSeconds(30));
        });
        Channel office = officeLine.get(10, TimeUnit.SECONDS);

        citizen.sendDigits("42#");
        assertThat(officeRead.get(15, TimeUnit.SECONDS)).as("the office read the citizen's keys").isEqualTo("42#");

        office.sendDigits("7");
        assertThat(digits(citizen, 1)).as("the citizen read the office's key").isEqualTo("7");
        citizen.hangup();
    }

    @Test
    void aKeyEchoedByTheFarEndIsNotRelayedBack() throws Exception {
        CompletableFuture<String> officeRead = new CompletableFuture<>();
        Channel citizen = callThroughTheBridge(office -> {
            office.answer();
            String key = digits(office, 1);
            office.sendDigits(key); // a peer that echoes what it receives
            officeRead.complete(key);
            office.awaitHangup(Duration.ofSeconds(30));
        });

        citizen.sendDigits("5");
        assertThat(officeRead.get(15, TimeUnit.SECONDS)).isEqualTo("5");
        assertThat(citizen.readDigit(Duration.ofSeconds(2))).as("the echo stops at the bridge").isEmpty();
        citizen.hangup();
    }

    /** The citizen's channel (on the outside engine), bridged by the hotline to the office, whose call runs the script. */
    private Channel callThroughTheBridge(CallScript officeScript) {
        int hotlinePort = FreePorts.next();
        int outsidePort = FreePorts.next();
        hotline = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(hotlinePort)
                        .withRtpPorts(27000, 27499), (user, realm) -> Optional.empty(),
                name -> Optional.ofNullable(Map.of("office", "sip:biuro@127.0.0.1:" + outsidePort).get(name)));
        outside = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(outsidePort)
                        .withRtpPorts(27500, 27999), (user, realm) -> Optional.empty(),
                name -> Optional.ofNullable(Map.of("hotline", "sip:infolinia@127.0.0.1:" + hotlinePort).get(name)));

        hotline.onIncomingCall(citizen -> {
            citizen.answer();
            Channel office = hotline.dial("office", citizen.caller(), Duration.ofSeconds(10));
            Bridge bridge = hotline.createBridge();
            bridge.add(citizen);
            bridge.add(office);
            citizen.awaitHangup(Duration.ofSeconds(30));
            office.hangup();
        });
        outside.onIncomingCall(officeScript);
        return outside.dial("hotline", "48600100200", Duration.ofSeconds(10));
    }

    private static String digits(Channel channel, int count) {
        StringBuilder read = new StringBuilder();
        while (read.length() < count) {
            Optional<Character> key = channel.readDigit(Duration.ofSeconds(10));
            if (key.isEmpty()) {
                break;
            }
            read.append(key.get());
        }
        return read.toString();
    }
}
