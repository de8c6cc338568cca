package pl.infolinia.telephony.sip;

import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import pl.infolinia.telephony.ChannelAnswered;
import pl.infolinia.telephony.ChannelCreated;
import pl.infolinia.telephony.ChannelHeld;
import pl.infolinia.telephony.ChannelHungUp;
import pl.infolinia.telephony.ChannelState;
import pl.infolinia.telephony.ChannelUnheld;
import pl.infolinia.telephony.DtmfReceived;
import pl.infolinia.telephony.MediaUri;
import pl.infolinia.telephony.Recording;
import pl.infolinia.telephony.TelephonyEvent;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavFormat;
import pl.infolinia.telephony.media.WavReader;
import pl.infolinia.telephony.media.WavWriter;

/**
 * A SIPp citizen calls the IVR: the call script answers, plays a Polish prompt, records, and
 * reads the RFC 4733 digit the caller sends; the recording holds the caller's 1 kHz tone.
 */
class IncomingCallIT {

    @TempDir
    Path dir;

    private SipTelephony engine;
    private final List<TelephonyEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next())
                .withRtpPorts(26000, 26999).withPrompts(Sipp.KIT.resolve("audio")), (user, realm) -> Optional.empty());
        engine.subscribe(events::add);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void answersPlaysRecordsAndReadsTheDigit() throws Exception {
        Path file = dir.resolve("call.wav");
        CompletableFuture<Optional<Character>> digit = new CompletableFuture<>();
        CompletableFuture<Duration> recorded = new CompletableFuture<>();
        engine.onIncomingCall(caller -> {
            caller.answer();
            Recording recording = caller.record(file);
            caller.play(MediaUri.prompt("pl-dowod-8k-s16")).awaitFinished();
            digit.complete(caller.readDigit(Duration.ofSeconds(15)));
            recorded.complete(recording.stop());
            caller.hangup();
        });

        Sipp.Run run = Sipp.run(engine.sipPort(), "../sipp/uac_invite_tone_rfc4733_digit.xml", FreePorts.next(),
                "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()),
                "-set", "digit", "5", "-set", "dtmf_delay_ms", "6000", "-set", "hold_ms", "5000",
                "-set", "caller", "48500100200");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(digit.get(5, TimeUnit.SECONDS)).contains('5');
        Duration length = recorded.get(5, TimeUnit.SECONDS);
        assertThat(length.toMillis()).as("recorded from answer to digit").isBetween(5500L, 7500L);

        // kept for a listen or `sox target/ivr-recording.wav -n stat` after the build
        Files.copy(file, Path.of("target/ivr-recording.wav"), StandardCopyOption.REPLACE_EXISTING);
        WavAudio recording = WavReader.read(file);
        short[] caller = recording.channel(0);
        short[] heard = recording.channel(1);
        // the caller's 5 s tone, through µ-law and the jitter buffer: within 5 % of 5 s, ~1 kHz
        assertThat(Signal.secondsAbove(caller, 0.1)).isCloseTo(5.0, within(0.25));
        short[] toneMiddle = Arrays.copyOfRange(caller, 8000, 32000);
        // by energy at 1 kHz rather than zero crossings, which a lost packet on a busy machine skews
        assertThat(Signal.toneShare(toneMiddle, 1000, 8000)).isGreaterThan(0.95);
        assertThat(Signal.rms(toneMiddle)).isCloseTo(0.354, within(0.01));
        LoggerFactory.getLogger(IncomingCallIT.class).info(
                "recorded {} ms; caller tone {} s, 1 kHz share {}, rms {}; prompt rms {}", length.toMillis(),
                Signal.secondsAbove(caller, 0.1), Signal.toneShare(toneMiddle, 1000, 8000), Signal.rms(toneMiddle),
                Signal.rms(Arrays.copyOfRange(heard, 0, 32000)));
        // the caller heard the Polish prompt
        assertThat(Signal.rms(Arrays.copyOfRange(heard, 0, 32000))).isGreaterThan(0.02);

        assertThat(events).hasAtLeastOneElementOfType(ChannelAnswered.class).hasAtLeastOneElementOfType(ChannelHungUp.class);
        assertThat(events.getFirst()).isInstanceOfSatisfying(ChannelCreated.class, created -> {
            assertThat(created.caller()).isEqualTo("48500100200");
            assertThat(created.called()).isEqualTo("800");
        });
        assertThat(events).filteredOn(DtmfReceived.class::isInstance).extracting(e -> ((DtmfReceived) e).digit())
                .containsExactly('5');
    }

    @Test
    void takesAKeyFromSipInfoAndFollowsHoldAndUnhold() throws Exception {
        CompletableFuture<Optional<Character>> digit = new CompletableFuture<>();
        engine.onIncomingCall(caller -> {
            caller.answer();
            digit.complete(caller.readDigit(Duration.ofSeconds(10)));
            caller.awaitHangup(Duration.ofSeconds(20));
        });

        Sipp.Run run = Sipp.run(engine.sipPort(), "../sipp/uac_invite_info_hold_unhold.xml", FreePorts.next(),
                "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(digit.get(5, TimeUnit.SECONDS)).contains('7');
        assertThat(events).filteredOn(e -> e instanceof ChannelHeld || e instanceof ChannelUnheld)
                .extracting(e -> e.getClass().getSimpleName()).containsExactly("ChannelHeld", "ChannelUnheld");
        Awaitility.await().atMost(Duration.ofSeconds(2))
                .until(() -> events.stream().anyMatch(ChannelHungUp.class::isInstance));
    }

    @Test
    void hearsAKeyPressedInTheAudioOfAPhoneWithoutTelephoneEvent() throws Exception {
        CompletableFuture<Optional<Character>> digit = new CompletableFuture<>();
        engine.onIncomingCall(caller -> {
            caller.answer();
            digit.complete(caller.readDigit(Duration.ofSeconds(6)));
            caller.hangup();
        });

        Sipp.Run run = Sipp.run(engine.sipPort(), "../sipp/uac_invite_inband_dtmf.xml", FreePorts.next(),
                "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(digit.get(5, TimeUnit.SECONDS)).contains('8');
    }

    @Test
    void loopsMusicOnHoldUntilStopped() throws Exception {
        // a 100 ms loop of 500 Hz: played for ~2 s it must come out as one unbroken tone
        short[] blip = new short[800];
        for (int i = 0; i < blip.length; i++) {
            blip[i] = (short) (8000 * Math.sin(2 * Math.PI * 500 * i / 8000.0));
        }
        Path music = dir.resolve("muzyka.wav");
        try (var writer = new WavWriter(music, WavFormat.TELEPHONE)) {
            writer.write(blip);
        }
        Path file = dir.resolve("hold.wav");
        CompletableFuture<Duration> recorded = new CompletableFuture<>();
        engine.onIncomingCall(caller -> {
            caller.answer();
            Recording recording = caller.record(file);
            caller.startMusicOnHold(MediaUri.file(music));
            caller.readDigit(Duration.ofSeconds(10)); // the caller's key ends the hold
            caller.stopMusicOnHold();
            caller.readDigit(Duration.ofMillis(500));
            recorded.complete(recording.stop());
            caller.hangup();
        });

        Sipp.Run run = Sipp.run(engine.sipPort(), "../sipp/uac_invite_tone_rfc4733_digit.xml", FreePorts.next(),
                "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()),
                "-set", "digit", "1", "-set", "dtmf_delay_ms", "2000", "-set", "hold_ms", "3000");

        assertThat(run.exitCode()).as(run.output()).isZero();
        recorded.get(10, TimeUnit.SECONDS);
        short[] heard = WavReader.read(file).channel(1);
        double musicSeconds = Signal.secondsAbove(heard, 0.1);
        assertThat(musicSeconds).as("music until the key at ~2 s").isBetween(1.7, 2.4);
        short[] middle = Arrays.copyOfRange(heard, 4000, 12000);
        assertThat(Signal.toneShare(middle, 500, 8000)).isGreaterThan(0.95);
        assertThat(Signal.rms(Arrays.copyOfRange(heard, heard.length - 2400, heard.length)))
                .as("silence after stopMusicOnHold").isLessThan(0.001);
    }

    @Test
    void playsAnAnnouncementAsEarlyMediaBeforeAnswering() throws Exception {
        short[] second = new short[8000];
        for (int i = 0; i < second.length; i++) {
            second[i] = (short) (10000 * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
        }
        Path announcement = dir.resolve("bezplatne.wav");
        try (var writer = new WavWriter(announcement, WavFormat.TELEPHONE)) {
            writer.write(second);
        }
        Path file = dir.resolve("early.wav");
        CompletableFuture<ChannelState> stateWhilePlaying = new CompletableFuture<>();
        engine.onIncomingCall(caller -> {
            caller.progress();
            Recording recording = caller.record(file);
            caller.play(MediaUri.file(announcement)).awaitFinished();
            stateWhilePlaying.complete(caller.state());
            caller.answer();
            caller.awaitHangup(Duration.ofSeconds(10));
            recording.stop();
        });

        Sipp.Run run = Sipp.run(engine.sipPort(), "../sipp/uac_invite_early_media.xml", FreePorts.next(),
                "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()));

        assertThat(run.exitCode()).as("183 with SDP came before the 200: " + run.output()).isZero();
        assertThat(stateWhilePlaying.get(5, TimeUnit.SECONDS)).isEqualTo(ChannelState.RINGING);
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> events.stream().anyMatch(ChannelHungUp.class::isInstance));
        short[] heard = WavReader.read(file).channel(1);
        assertThat(Signal.secondsAbove(heard, 0.1)).as("the announcement, before the answer").isCloseTo(1.0, within(0.05));
        assertThat(Signal.secondsAbove(Arrays.copyOfRange(heard, 0, 8000), 0.1)).isGreaterThan(0.9);
    }

    @Test
    void refusesCallsUntilAScriptIsSet() throws Exception {
        Sipp.Run run = Sipp.run(engine.sipPort(), "../sipp/uac_invite_tone_rfc4733_digit.xml", FreePorts.next(),
                "-s", "800", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("480");
    }
}
