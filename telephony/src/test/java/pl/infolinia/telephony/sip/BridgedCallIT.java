package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;
import pl.infolinia.telephony.SipCredentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
import pl.infolinia.telephony.TransferOutcome;
import pl.infolinia.telephony.TransferRequested;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavReader;

/**
 * A SIPp citizen (Polish speech) is bridged to a SIPp agent phone (1 kHz tone) that registered
 * with digest: each side's recording shows what the other side said; the agent's phone can
 * blind-transfer the citizen with REFER.
 */
class BridgedCallIT {

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
    void agentBlindTransfersTheCitizenWithRefer() throws Exception {
        CompletableFuture<TransferRequested> transfer = new CompletableFuture<>();
        engine.subscribe(event -> {
            if (event instanceof TransferRequested requested) {
                transfer.complete(requested);
            }
        });
        CompletableFuture<Boolean> reported = new CompletableFuture<>();
        engine.onIncomingCall(caller -> {
            caller.answer();
            Channel agent = engine.dial("agent1001", caller.caller(), Duration.ofSeconds(10));
            Bridge bridge = engine.createBridge();
            bridge.add(caller);
            bridge.add(agent);
            TransferRequested requested = transfer.get(20, TimeUnit.SECONDS);
            bridge.remove(agent);
            agent.reportTransfer(TransferOutcome.SUCCEEDED);
            reported.complete(requested.channel().equals(agent.id()));
            agent.awaitHangup(Duration.ofSeconds(5)); // the transferor's phone leaves by itself
            caller.hangup();
        });
        Sipp.Running agentPhone = Sipp.start(engine.sipPort(), "scenarios/agent-phone.xml", FreePorts.next(), List.of(
                "-oocsf", "scenarios/refer-transfer.xml", "-mp", Integer.toString(Sipp.mediaPort()),
                "-s", "agent1001", "-au", "agent1001", "-ap", "secret", "-m", "1",
                "-set", "calls", "1", "-set", "wait_ms", "40000", "-set", "ring_ms", "300",
                "-set", "transfer_to", "2000", "-set", "refer_after_ms", "1500"));
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.endpoint("agent1001").isPresent());

        Sipp.Run citizen = Sipp.run(engine.sipPort(), "scenarios/caller-ivr.xml", FreePorts.next(),
                "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()), "-set", "hold_ms", "10000");
        Sipp.Run agent = agentPhone.finish();

        assertThat(citizen.exitCode()).as(citizen.output()).isZero();
        assertThat(agent.exitCode()).as("agent phone saw a final 2xx NOTIFY: " + agent.output()).isZero();
        assertThat(transfer.get(1, TimeUnit.SECONDS).target()).isEqualTo("2000");
        assertThat(reported.get(5, TimeUnit.SECONDS)).as("the REFER came on the agent's channel").isTrue();
    }

    @Test
    void citizenAndAgentHearEachOther() throws Exception {
        Path callerFile = dir.resolve("caller.wav");
        Path agentFile = dir.resolve("agent.wav");
        CompletableFuture<Duration> done = new CompletableFuture<>();
        engine.onIncomingCall(caller -> {
            caller.answer();
            Recording callerRecording = caller.record(callerFile);
            Channel agent = engine.dial("agent1001", caller.caller(), Duration.ofSeconds(10));
            Recording agentRecording = agent.record(agentFile);
            Bridge bridge = engine.createBridge();
            bridge.add(caller);
            bridge.add(agent);
            caller.awaitHangup(Duration.ofSeconds(30));
            agentRecording.stop();
            done.complete(callerRecording.stop());
            agent.hangup();
        });
        Sipp.Running agentPhone = Sipp.start(engine.sipPort(), "scenarios/agent-phone.xml", FreePorts.next(), List.of(
                "-oocsf", "scenarios/agent-phone-answer.xml", "-mp", Integer.toString(Sipp.mediaPort()),
                "-s", "agent1001", "-au", "agent1001", "-ap", "secret", "-m", "1",
                "-set", "calls", "1", "-set", "wait_ms", "40000", "-set", "ring_ms", "300"));
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.endpoint("agent1001").isPresent());

        Sipp.Run citizen = Sipp.run(engine.sipPort(), "scenarios/caller-ivr.xml", FreePorts.next(),
                "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()),
                "-set", "dtmf_delay_ms", "6000", "-set", "hold_ms", "1000");
        Sipp.Run agent = agentPhone.finish();

        assertThat(citizen.exitCode()).as(citizen.output()).isZero();
        assertThat(agent.exitCode()).as(agent.output()).isZero();
        assertThat(done.get(5, TimeUnit.SECONDS).toMillis()).isGreaterThan(6000);

        WavAudio caller = WavReader.read(callerFile);
        WavAudio agentSide = WavReader.read(agentFile);
        // the citizen heard the agent's 1 kHz tone, 5 s within 5 %
        short[] citizenHeard = caller.channel(1);
        assertThat(Signal.secondsAbove(citizenHeard, 0.1)).isCloseTo(5.0, within(0.25));
        short[] tone = Arrays.copyOfRange(citizenHeard, 8000, 32000);
        assertThat(Signal.rms(tone)).isCloseTo(0.354, within(0.01));
        // the agent heard the citizen's Polish sentence, not a tone
        short[] agentHeard = Arrays.copyOfRange(agentSide.channel(1), 0, 40000);
        short[] citizenSaid = Arrays.copyOfRange(caller.channel(0), 0, 40000);
        assertThat(Signal.rms(agentHeard)).isGreaterThan(0.03).isCloseTo(Signal.rms(citizenSaid), within(0.01));
        LoggerFactory.getLogger(BridgedCallIT.class).info(
                "citizen heard tone {} s, rms {}, 1 kHz share {}; agent heard rms {} (citizen said {}), 1 kHz share {}",
                Signal.secondsAbove(citizenHeard, 0.1), Signal.rms(tone), Signal.toneShare(tone, 1000, 8000),
                Signal.rms(agentHeard), Signal.rms(citizenSaid), Signal.toneShare(agentHeard, 1000, 8000));
        assertThat(Signal.toneShare(agentHeard, 1000, 8000)).isLessThan(0.1);
        assertThat(Signal.toneShare(tone, 1000, 8000)).isGreaterThan(0.95);
    }
}
