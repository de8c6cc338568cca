package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.CallNotAnswered;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Recording;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavReader;

/**
 * Calls to an office's PBX configured as a destination (a SIPp UAS echoing RTP stands in for
 * it), and refusal of anything that is not configured.
 */
class OfficeDestinationIT {

    @TempDir
    Path dir;

    private final int pbxPort = FreePorts.next();
    private SipTelephony engine;

    @BeforeEach
    void start() {
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next())
                        .withRtpPorts(26000, 26999), (user, realm) -> Optional.empty(),
                name -> Optional.ofNullable(Map.of("office-zus", "sip:1234@127.0.0.1:" + pbxPort).get(name)));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void bridgesTheCitizenToTheOfficePbx() throws Exception {
        Path callerFile = dir.resolve("caller.wav");
        CompletableFuture<Duration> done = new CompletableFuture<>();
        engine.onIncomingCall(caller -> {
            caller.answer();
            Recording recording = caller.record(callerFile);
            Channel office = engine.dial("office-zus", caller.caller(), Duration.ofSeconds(10));
            Bridge bridge = engine.createBridge();
            bridge.add(caller);
            bridge.add(office);
            caller.awaitHangup(Duration.ofSeconds(30));
            done.complete(recording.stop());
            office.hangup();
        });
        Sipp.Running pbx = Sipp.startAnsweringMachine(pbxPort, Sipp.mediaPort());

        Sipp.Run citizen = Sipp.run(engine.sipPort(), "scenarios/caller-ivr.xml", FreePorts.next(),
                "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()),
                "-set", "dtmf_delay_ms", "5500", "-set", "hold_ms", "1000");
        done.get(10, TimeUnit.SECONDS);
        Sipp.Run office = pbx.finish();

        assertThat(citizen.exitCode()).as(citizen.output()).isZero();
        assertThat(office.exitCode()).as("the PBX got our BYE: " + office.output()).isZero();
        // the PBX echoes what it hears, so the citizen heard their own sentence back through it
        WavAudio recording = WavReader.read(callerFile);
        short[] said = Arrays.copyOfRange(recording.channel(0), 0, 40000);
        short[] heard = Arrays.copyOfRange(recording.channel(1), 0, 40000);
        assertThat(Signal.rms(heard)).isCloseTo(Signal.rms(said), within(0.015)).isGreaterThan(0.03);
    }

    @Test
    void refusesToDialWhatIsNeitherRegisteredNorConfigured() {
        assertThatThrownBy(() -> engine.dial("0048700123456", "48500100200", Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(CallNotAnswered.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
