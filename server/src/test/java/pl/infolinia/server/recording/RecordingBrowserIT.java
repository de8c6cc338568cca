package pl.infolinia.server.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.spool.Pause;
import pl.infolinia.recording.storage.RecordingStore;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.telephony.media.AudioEncoding;
import pl.infolinia.telephony.media.WavFormat;
import pl.infolinia.telephony.media.WavWriter;

/** A supervisor finds a call by the caller's number and plays it in a real browser, from the keyboard. */
@Tag("browser")
@InfoliniaTest
class RecordingBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcRecordingCatalog catalog;

    @Autowired
    RecordingStore store;

    @TempDir
    Path dir;

    private WebDriver page() {
        return browser.driver();
    }

    @Test
    void aSupervisorFindsACallByTheCallersNumberAndPlaysIt() throws Exception {
        String caller = "4850" + (System.nanoTime() % 10_000_000);
        ArchivedRecording recording = archivedCall(caller);
        browser.signIn("http://localhost:" + port, "supervisor", InfoliniaTest.DEMO_PASSWORD);
        page().findElement(By.linkText("Nagrania rozmów")).click();

        page().findElement(By.id("caller")).sendKeys(caller, Keys.ENTER);
        // other tests' recordings are listed until the search's page has loaded
        await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().contains(caller));
        assertThat(page().findElements(By.cssSelector("tbody tr"))).hasSize(1);
        assertThat(page().findElement(By.cssSelector("tbody tr")).getText()).contains(caller, "agent1", "0:02",
                "Wstrzymane (1)");
        browser.screenshot("recordings-list");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        page().findElement(By.cssSelector("tbody tr a")).click();
        assertThat(page().getCurrentUrl()).endsWith("/recordings/" + recording.id());
        assertThat(page().findElement(By.tagName("main")).getText()).contains("od 0,5 s do 1 s: cisza",
                "lewy: obywatel, prawy: konsultant", "Pobierz nagranie (WAV)");
        Object duration = await().atMost(Duration.ofSeconds(10)).until(() -> ((org.openqa.selenium.JavascriptExecutor) page())
                .executeScript("return document.getElementById('player').duration"), d -> d instanceof Number n
                && n.doubleValue() > 0);
        assertThat(((Number) duration).doubleValue()).isEqualTo(2.0);
        ((org.openqa.selenium.JavascriptExecutor) page()).executeScript(
                "const p = document.getElementById('player'); p.muted = true; p.currentTime = 1.5; p.play();");
        await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) ((org.openqa.selenium.JavascriptExecutor) page())
                .executeScript("return document.getElementById('player').currentTime")).doubleValue() > 1.5);
        browser.screenshot("recordings-play");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    private ArchivedRecording archivedCall(String caller) throws Exception {
        Instant started = Instant.now().minus(Duration.ofMinutes(3));
        String id = "browser" + UUID.randomUUID().toString().substring(0, 8) + "-" + started.toEpochMilli();
        Path file = dir.resolve(id + ".wav");
        try (WavWriter writer = new WavWriter(file, new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000))) {
            short[] tone = new short[32000];
            for (int i = 0; i < tone.length; i++) {
                tone[i] = (short) (6000 * Math.sin(2 * Math.PI * 1000 * (i / 2) / 8000.0));
            }
            writer.write(tone);
        }
        store.put("test/" + id + ".wav", file);
        ArchivedRecording recording = new ArchivedRecording(id, "c-" + id, started, Duration.ofSeconds(2),
                new CallFacts(Optional.of("KPRM"), Optional.of("dokumenty"), Optional.of("agent1"), Optional.of(caller),
                        Optional.of("dowód osobisty"), Optional.empty()),
                List.of(new Pause(Duration.ofMillis(500), Duration.ofSeconds(1))), false, "test/" + id + ".wav",
                Archiver.sha256(file));
        catalog.add(recording);
        return recording;
    }
}
