package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.testkit.Baresip;
import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;
import pl.infolinia.telephony.SipCredentials;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Recording;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavReader;

/**
 * The bridge test with a real softphone: baresip registers as agent1001 and answers; a SIPp
 * citizen speaks Polish and hears the agent's 1 kHz tone, and baresip hears the citizen.
 */
class BaresipBridgedCallIT {

    @TempDir
    Path dir;

    private SipTelephony engine;

    @BeforeEach
    void start() {
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next())
                        .withRtpPorts(26000, 26999),
                SipCredentials.fromPasswords(user -> Optional.ofNullable(Map.of("agent1001", "secret").get(user))));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void citizenAndSoftphoneAgentHearEachOther() throws Exception {
        Path callerFile = dir.resolve("caller.wav");
        CompletableFuture<Duration> done = new CompletableFuture<>();
        engine.onIncomingCall(caller -> {
            caller.answer();
            Recording recording = caller.record(callerFile);
            Channel agent = engine.dial("agent1001", caller.caller(), Duration.ofSeconds(10));
            Bridge bridge = engine.createBridge();
            bridge.add(caller);
            bridge.add(agent);
            caller.awaitHangup(Duration.ofSeconds(30));
            done.complete(recording.stop());
            agent.hangup();
        });
        Baresip softphone = Baresip.register(dir.resolve("agent"), engine.sipPort(), "agent1001", "secret",
                Sipp.KIT.resolve("audio/tone-1khz-8k-s16.wav"));
        Sipp.Run citizen;
        try {
            assertThat(engine.endpoint("agent1001")).isPresent();
            citizen = Sipp.run(engine.sipPort(), "scenarios/caller-ivr.xml", FreePorts.next(),
                    "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()),
                    "-set", "dtmf_delay_ms", "6000", "-set", "hold_ms", "1000");
            done.get(10, TimeUnit.SECONDS);
        } finally {
            softphone.close();
        }

        assertThat(citizen.exitCode()).as(citizen.output()).isZero();
        // the citizen heard the softphone's 1 kHz tone
        short[] citizenHeard = WavReader.read(callerFile).channel(1);
        short[] tone = Arrays.copyOfRange(citizenHeard, 8000, 32000);
        assertThat(Signal.secondsAbove(citizenHeard, 0.1)).isCloseTo(5.0, within(0.25));
        assertThat(Signal.toneShare(tone, 1000, 8000)).isGreaterThan(0.95);
        // the softphone heard the citizen's sentence
        WavAudio heard = WavReader.read(softphone.received());
        short[] speech = Arrays.copyOfRange(heard.channel(0), 0, Math.min(heard.frames(), 40000));
        LoggerFactory.getLogger(BaresipBridgedCallIT.class).info(
                "citizen heard tone {} s, 1 kHz share {}; baresip heard {} s, rms {}, 1 kHz share {}",
                Signal.secondsAbove(citizenHeard, 0.1), Signal.toneShare(tone, 1000, 8000),
                heard.duration().toMillis() / 1000.0, Signal.rms(speech), Signal.toneShare(speech, 1000, 8000));
        assertThat(heard.format().sampleRate()).isEqualTo(8000);
        assertThat(Signal.rms(speech)).isGreaterThan(0.03);
        assertThat(Signal.toneShare(speech, 1000, 8000)).isLessThan(0.1);
    }
}
