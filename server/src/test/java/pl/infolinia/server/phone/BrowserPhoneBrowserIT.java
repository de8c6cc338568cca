package pl.infolinia.server.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.support.ArchivedRecordings;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.server.support.OfficePbx;
import pl.infolinia.telephony.ChannelHeld;
import pl.infolinia.telephony.ChannelUnheld;
import pl.infolinia.telephony.DtmfReceived;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.TelephonyEvent;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.testkit.Baresip;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * The consultant's phone in the browser, end to end in Debian's headless chromium with a fake
 * microphone playing a 440 Hz tone: a SIPp citizen who keeps sending a 1 kHz tone reaches the
 * consultant, the page rings and answers over WebRTC (ICE-lite, DTLS-SRTP, PCMU); the page hears
 * the citizen's tone (a WebAudio analyser in the page), the citizen hears the microphone (the
 * call's recording), a key on the page's dial pad reaches the engine, hold and resume work, and
 * while the consultant consults an office, the keys reach the office's softphone (baresip).
 */
@InfoliniaTest
@Tag("browser")
// an application of its own: the consultant's phone and calls must not meet other tests' agents
@TestPropertySource(properties = "infolinia.test.application=phone")
@DirtiesContext
class BrowserPhoneBrowserIT {

    private static final Path MICROPHONE = fakeMicrophone();
    private static final String CITIZEN = "48600100377";

    @RegisterExtension
    static final Browser browser = new Browser(List.of("--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + MICROPHONE,
            "--autoplay-policy=no-user-gesture-required", "--allow-loopback-in-peer-connection"));

    @LocalServerPort
    int port;

    @Autowired
    Telephony telephony;

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactEventLog log;

    @Autowired
    Offices offices;

    @Test
    void citizenAndConsultantHearEachOtherThroughTheBrowserPhone() throws Exception {
        List<TelephonyEvent> events = new CopyOnWriteArrayList<>();
        telephony.subscribe(events::add);
        signIn("agent2");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // choosing the browser phone registers it: the consultant is logged in and available
        page().findElement(By.cssSelector("input[name='phone-choice'][value='BROWSER']")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> text("phone-status").startsWith("Gotowy"));
        await().atMost(Duration.ofSeconds(10)).until(() -> text("state-now").equals("Dostępny"));

        Sipp.Running citizen = Sipp.start(telephony.sipPort(), citizenWithTone().toString(), FreePorts.next(), List.of(
                "-s", "infolinia", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()), "-set", "digit", "1",
                "-set", "caller", CITIZEN, "-set", "dtmf_delay_ms",
                Long.toString(DemoHotline.untilTheMenu(PromptSet.polish()).plusMillis(1500).toMillis()),
                "-set", "hold_ms", "60000"));

        await().atMost(Duration.ofSeconds(60)).until(() -> text("phone-status").equals("Dzwoni"));
        assertThat(text("phone-caller")).contains(CITIZEN);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        // answered from the keyboard (Alt+Shift+O), wherever the focus is
        page().findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.ALT, Keys.SHIFT, "o"));
        await().atMost(Duration.ofSeconds(10)).until(() -> text("phone-status").equals("Rozmowa"));
        ((org.openqa.selenium.JavascriptExecutor) page()).executeScript("document.getElementById('phone').scrollIntoView()");
        browser.screenshot("phone-talking");

        startAnalyser();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(dominantFrequency()).as("the page hears the citizen's 1 kHz tone").isBetween(950.0, 1050.0));

        // a key on the page's dial pad reaches the engine as RFC 4733
        page().findElement(By.cssSelector(".phone-key[data-key='7']")).click();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events)
                .as("the engine's events: %s", events)
                .anyMatch(e -> e instanceof DtmfReceived d && d.digit() == '7'));

        // hold: the engine sends the page nothing; resume: the tone is back
        page().findElement(By.id("phone-hold")).click();
        await().atMost(Duration.ofSeconds(5)).until(() -> text("phone-status").equals("Zawieszone"));
        assertThat(events).anyMatch(ChannelHeld.class::isInstance);
        await().atMost(Duration.ofSeconds(5)).until(() -> level() < 0.01);
        page().findElement(By.id("phone-hold")).click();
        await().atMost(Duration.ofSeconds(5)).until(() -> text("phone-status").equals("Rozmowa"));
        assertThat(events).anyMatch(ChannelUnheld.class::isInstance);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(dominantFrequency()).isBetween(950.0, 1050.0));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // mute from the keyboard, and back
        page().findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.ALT, Keys.SHIFT, "m"));
        assertThat(page().findElement(By.id("phone-mute")).getDomAttribute("aria-pressed")).isEqualTo("true");
        page().findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.ALT, Keys.SHIFT, "m"));
        assertThat(page().findElement(By.id("phone-mute")).getDomAttribute("aria-pressed")).isEqualTo("false");

        // the consultant consults an office whose line is a real softphone: the page's keys reach
        // the far end (as they would an office's voice menu), then the consultant returns to the citizen
        try (Baresip office = Baresip.answering(Files.createDirectories(Path.of("target", "phone", "office")),
                telephony.sipPort(), "supervisor", InfoliniaTest.DEMO_PASSWORD)) {
            OfficePbx.pointAt(offices, new OfficeCode("MSWIA"), "sip:supervisor@127.0.0.1:" + office.sipPort());
            Browser.live(() -> {
                page().findElement(By.id("transfer-target")).sendKeys("office:MSWIA");
                page().findElement(By.id("mode-attended")).click();
                page().findElement(By.id("transfer")).click();
            });
            await().atMost(Duration.ofSeconds(15)).until(() -> !page().findElements(By.id("consult-cancel")).isEmpty());
            page().findElement(By.cssSelector(".phone-key[data-key='4']")).click();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(office.keysReceived()).as("the keys the office's softphone received").contains("4"));
            Browser.live(() -> page().findElement(By.id("consult-cancel")).click());
            await().atMost(Duration.ofSeconds(15)).until(() -> !page().findElements(By.id("transfer-target")).isEmpty());
        }

        page().findElement(By.id("phone-hangup")).click();
        await().atMost(Duration.ofSeconds(5)).until(() -> text("phone-status").equals("Rozmowa zakończona"));
        assertThat(citizen.finish().exitCode()).isZero();

        String contact = log.contacts(ContactQuery.all().caller(CITIZEN)).getFirst().value();
        WavAudio call = ArchivedRecordings.of(mvc, contact);
        assertThat(Signal.toneShare(call.channel(0), 1000, 8000)).as("the recording holds the citizen's tone")
                .isGreaterThan(0.3);
        assertThat(secondsOf(call.channel(1), 440)).as("seconds in which the citizen heard the page's microphone: %s",
                        profile(call.channel(1)))
                .isGreaterThanOrEqualTo(1); // the conversation lasts as long as the steps above: a few seconds
    }

    /** How many whole seconds are mostly the tone (the IVR's prompts and the hold are not). */
    private static long secondsOf(short[] samples, double frequency) {
        long seconds = 0;
        for (int at = 0; at + 8000 <= samples.length; at += 8000) {
            if (Signal.toneShare(Arrays.copyOfRange(samples, at, at + 8000), frequency, 8000) > 0.5) {
                seconds++;
            }
        }
        return seconds;
    }

    private static String profile(short[] samples) {
        StringBuilder text = new StringBuilder();
        for (int at = 0; at + 8000 <= samples.length; at += 8000) {
            short[] second = Arrays.copyOfRange(samples, at, at + 8000);
            text.append(String.format("[%.0f Hz rms %.3f 440:%.2f] ", Signal.dominantFrequency(second, 8000),
                    Signal.rms(second), Signal.toneShare(second, 440, 8000)));
        }
        return text.toString();
    }

    private void startAnalyser() {
        ((org.openqa.selenium.JavascriptExecutor) page()).executeScript("""
                const context = new AudioContext();
                const analyser = context.createAnalyser();
                analyser.fftSize = 8192;
                context.createMediaStreamSource(window.phoneRemoteStream).connect(analyser);
                window.phoneAnalyser = analyser;
                window.phoneSampleRate = context.sampleRate;
                """);
    }

    private double dominantFrequency() {
        Object peak = ((org.openqa.selenium.JavascriptExecutor) page()).executeScript("""
                const a = window.phoneAnalyser;
                const bins = new Float32Array(a.frequencyBinCount);
                a.getFloatFrequencyData(bins);
                let best = 1;
                for (let i = 2; i < bins.length; i++) { if (bins[i] > bins[best]) { best = i; } }
                return best * window.phoneSampleRate / a.fftSize;
                """);
        return ((Number) peak).doubleValue();
    }

    private double level() {
        Object rms = ((org.openqa.selenium.JavascriptExecutor) page()).executeScript("""
                const a = window.phoneAnalyser;
                const samples = new Float32Array(a.fftSize);
                a.getFloatTimeDomainData(samples);
                let sum = 0;
                for (const s of samples) { sum += s * s; }
                return Math.sqrt(sum / samples.length);
                """);
        return ((Number) rms).doubleValue();
    }

    /** caller-talks.xml with the 1 kHz tone instead of the Polish sentence, so the page can tell it. */
    private static Path citizenWithTone() throws IOException {
        Path kit = Sipp.KIT;
        String scenario = Files.readString(kit.resolve("scenarios/caller-talks.xml"))
                .replace("../pcap/pl-dowod-pcmu.pcap", kit.resolve("pcap/tone-1khz-pcmu.pcap").toString());
        Path file = Files.createDirectories(Path.of("target", "phone")).resolve("caller-tone.xml").toAbsolutePath();
        Files.writeString(file, scenario);
        return file;
    }

    /** 10 s of a 440 Hz sine, 48 kHz 16-bit mono WAV: chromium loops it as the microphone. */
    private static Path fakeMicrophone() {
        int rate = 48000;
        int samples = rate * 10;
        ByteBuffer wav = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + 2 * samples).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(2 * rate).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (12000 * Math.sin(2 * Math.PI * 440 * i / rate)));
        }
        try {
            Path file = Files.createDirectories(Path.of("target", "phone")).resolve("microphone-440hz.wav");
            Files.write(file, wav.array());
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn(String username) {
        browser.signIn("http://localhost:" + port, username, InfoliniaTest.DEMO_PASSWORD);
        page().findElement(By.linkText("Pulpit")).click();
    }

    /** The element's text, or "" while it is missing or being replaced by the desk's live refresh. */
    private String text(String id) {
        try {
            List<WebElement> found = page().findElements(By.id(id));
            return found.isEmpty() ? "" : found.getFirst().getText().strip();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    private WebDriver page() {
        return browser.driver();
    }
}
