package pl.infolinia.server.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.RecordingCatalog;
import pl.infolinia.recording.storage.RecordingStore;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * In a real browser, from the keyboard: a supervisor defines a form, finds a call by the caller's
 * number, plays it, scores it while listening (a comment at the player's current time), and the
 * consultant then finds the evaluation among their own. axe finds no serious violation on any page.
 */
@Tag("browser")
@InfoliniaTest
class QualityBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    RecordingStore store;

    @Autowired
    RecordingCatalog catalog;

    @TempDir
    Path dir;

    private WebDriver page() {
        return browser.driver();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    @Test
    void aSupervisorScoresAPlayedCallAndTheConsultantSeesTheEvaluation() {
        String caller = "4851" + (System.nanoTime() % 10_000_000);
        String formName = "Ankieta " + UUID.randomUUID().toString().substring(0, 6);
        ArchivedRecording call = new RecordedCalls(store, catalog, dir).archive("KPRM", "dokumenty", "agent1", caller,
                Instant.now().minus(Duration.ofMinutes(5)), Duration.ofSeconds(4));

        logIn("supervisor");
        defineForm(formName);

        page().findElement(By.linkText("Nagrania rozmów")).click();
        page().findElement(By.id("caller")).sendKeys(caller, Keys.ENTER);
        // other tests' recordings are listed until the search's page has loaded
        await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().contains(caller));
        page().findElement(By.cssSelector("tbody tr a")).sendKeys(Keys.ENTER);
        assertThat(page().getCurrentUrl()).endsWith("/recordings/" + call.id());
        chooseForm(formName);

        play();
        WebElement commentNow = page().findElement(By.id("comment-now"));
        assertThat(commentNow.getText()).isEqualTo("Komentarz w bieżącym miejscu nagrania");
        commentNow.sendKeys(Keys.ENTER);
        WebElement at = page().findElement(By.cssSelector("#quality-comments input[name=commentAt]"));
        assertThat(at.getDomProperty("value")).isEqualTo("00:01");
        // the new comment's text box has the focus: the supervisor types straight away
        page().switchTo().activeElement().sendKeys("Powitanie bez nazwy infolinii");
        scoreFromTheKeyboard(0, 5);
        scoreFromTheKeyboard(1, 2);
        scoreFromTheKeyboard(2, 4);
        assertThat(page().findElement(By.id("live-total")).getText()).isEqualTo("Wynik przy tych ocenach: 70%");
        // Alt+Shift+M from anywhere in the form: a second comment at the player's time
        page().findElement(By.id("quality-summary")).sendKeys(Keys.chord(Keys.ALT, Keys.SHIFT, "m"));
        assertThat(page().findElements(By.cssSelector("#quality-comments li"))).hasSize(2);
        page().switchTo().activeElement().sendKeys("Pożegnanie zgodne ze standardem");
        browser.screenshot("quality-scoring");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        page().findElement(By.id("save-evaluation")).sendKeys(Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().contains("/quality/evaluations/"));
        // (1*5 + 3*2 + 6*4) / (10*5) = 70 %
        assertThat(page().findElement(By.id("quality-total")).getText()).isEqualTo("Wynik: 70%");
        assertThat(page().findElement(By.id("evaluation-comments")).getText())
                .contains("00:01", "Powitanie bez nazwy infolinii", "Pożegnanie zgodne ze standardem");
        assertThat(page().findElement(By.id("scores")).getText()).contains("Rozpoznanie sprawy 3 2");
        browser.screenshot("quality-evaluation");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        String evaluationUrl = page().getCurrentUrl();

        page().get("http://localhost:" + port + "/quality/averages");
        assertThat(page().findElement(By.id("averages")).getText()).contains("agent1");
        browser.screenshot("quality-averages");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        logOut();
        logIn("agent1");
        page().findElement(By.linkText("Ocena jakości")).click();
        assertThat(page().findElement(By.id("evaluations-heading")).getText()).isEqualTo("Moje oceny");
        List<WebElement> rows = page().findElements(By.cssSelector("#evaluations tbody tr"));
        assertThat(rows).allSatisfy(row -> assertThat(row.getText()).contains("agent1"));
        assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains(formName, "70%"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        page().get(evaluationUrl);
        assertThat(page().findElement(By.id("quality-total")).getText()).isEqualTo("Wynik: 70%");
        // the comment's time seeks the player
        page().findElement(By.cssSelector("#evaluation-comments button")).sendKeys(Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) js()
                .executeScript("return document.getElementById('player').currentTime")).doubleValue() >= 1.0);
        browser.screenshot("quality-consultant");
        logOut();
    }

    private void logIn(String user) {
        browser.signIn("http://localhost:" + port, user, InfoliniaTest.DEMO_PASSWORD);
        page().findElement(By.linkText("Ocena jakości"));
    }

    private void logOut() {
        page().findElement(By.xpath("//button[normalize-space()='Wyloguj']")).click();
        page().findElement(By.id("username"));
    }

    private void defineForm(String name) {
        page().findElement(By.linkText("Ocena jakości")).click();
        page().findElement(By.id("new-form")).click();
        page().findElement(By.id("form-name")).sendKeys(name);
        criterion(0, "Powitanie", "Nazwa infolinii i imię", "1");
        criterion(1, "Rozpoznanie sprawy", "", "3");
        criterion(2, "Poprawna odpowiedź", "", "6");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        page().findElement(By.id("criterion-weight-2")).sendKeys(Keys.ENTER);
        assertThat(page().findElement(By.cssSelector(".message.info")).getText()).contains(name, "wersja 1");
        browser.screenshot("quality-forms");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    private void criterion(int row, String name, String description, String weight) {
        page().findElement(By.id("criterion-name-" + row)).sendKeys(name);
        page().findElement(By.id("criterion-description-" + row)).sendKeys(description);
        page().findElement(By.id("criterion-weight-" + row)).sendKeys(weight);
    }

    /** Other tests' forms may share the office: pick ours when the panel offers several. */
    private void chooseForm(String name) {
        page().findElement(By.id("quality-heading"));
        List<WebElement> choice = page().findElements(By.id("quality-form-choice"));
        if (!choice.isEmpty()) {
            new Select(choice.getFirst()).selectByVisibleText(name + ", wersja 1");
            page().findElement(By.xpath("//button[normalize-space()='Wybierz formularz']")).sendKeys(Keys.ENTER);
            await().atMost(Duration.ofSeconds(10)).until(() -> page().findElement(By.cssSelector("#score-form .hint"))
                    .getText().startsWith(name));
        }
        assertThat(page().findElement(By.cssSelector("#score-form .hint")).getText()).startsWith(name + ", wersja 1");
    }

    /** Plays the call from 1.5 s (muted: no sound card), then pauses where the remark applies. */
    private void play() {
        await().atMost(Duration.ofSeconds(10)).until(() -> js().executeScript(
                "return document.getElementById('player').duration"), d -> d instanceof Number n && n.doubleValue() > 0);
        js().executeScript("const p = document.getElementById('player'); p.muted = true; p.currentTime = 1.5; p.play();");
        await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) js()
                .executeScript("return document.getElementById('player').currentTime")).doubleValue() > 1.5);
        js().executeScript("document.getElementById('player').pause();");
    }

    private void scoreFromTheKeyboard(int criterion, int points) {
        WebElement radio = page().findElement(By.id("score" + criterion + "-" + points));
        radio.sendKeys(Keys.SPACE);
        assertThat(radio.isSelected()).isTrue();
    }
}
