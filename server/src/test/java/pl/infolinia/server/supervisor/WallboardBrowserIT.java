package pl.infolinia.server.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * The supervisor's wallboard in a real browser, driven from the keyboard, while real SIP calls
 * happen: a SIPp citizen waits while the consultant is on a break the supervisor set, the
 * consultant is set available, the call rings, is answered and ends; the page shows each step as it
 * happens (server-sent signals, no reload), and keeps a screenshot for the README.
 */
@Tag("browser")
@InfoliniaTest
@TestPropertySource(properties = "infolinia.test.application=supervisor")
class WallboardBrowserIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;
    private static final String CITIZEN = "48600500600";
    private static final By WAITING = By.cssSelector("#queue-KPRM-dokumenty .waiting");
    private static final By ANSWERED = By.cssSelector("#queue-KPRM-dokumenty .answered");
    private static final By AGENT4_STATE = By.cssSelector("#consultant-agent4 .state");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    Telephony telephony;

    private WebDriver page() {
        return browser.driver();
    }

    @Test
    void showsAWaitingCallAndTheConsultantsStatesAsTheyChangeAndForcesAState() throws Exception {
        Sipp.Running phone = Sipp.start(telephony.sipPort(), "scenarios/agent-phone.xml", FreePorts.next(), List.of(
                "-oocsf", "scenarios/agent-phone-answer.xml", "-mp", Integer.toString(Sipp.mediaPort()),
                "-s", "agent4", "-au", "agent4", "-ap", PASSWORD, "-m", "1", "-set", "calls", "1",
                "-set", "wait_ms", "90000", "-set", "ring_ms", "1000"));
        await().atMost(Duration.ofSeconds(10)).until(() -> telephony.endpoint("agent4").isPresent());

        browser.signIn("http://localhost:" + port, "supervisor", PASSWORD);
        page().findElement(By.linkText("Tablica")).click();
        waitFor(AGENT4_STATE, "dostępny");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        // other tests' calls today; the board refreshes itself every second, so each read may meet a replaced element
        int answeredBefore = Integer.parseInt(Browser.liveRead(() -> page().findElement(ANSWERED).getText()));

        // one waiting call is already a warning on this floor: thresholds set from the keyboard
        type(By.name("waitingAmber"), "1");
        type(By.name("waitingRed"), "3");
        page().findElement(By.name("waitingRed")).sendKeys(Keys.ENTER);
        assertThat(notice()).contains("Zapisano progi urzędu KPRM");

        forceFromTheKeyboard("force-break", "szkolenie");
        assertThat(notice()).contains("Zmieniono stan konsultanta agent4");
        waitFor(AGENT4_STATE, "przerwa — szkolenie");

        Sipp.Running citizen = Sipp.start(telephony.sipPort(), "scenarios/caller-talks.xml", FreePorts.next(), List.of(
                "-s", "infolinia", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()), "-set", "digit", "1",
                "-set", "caller", CITIZEN, "-set", "dtmf_delay_ms",
                Long.toString(DemoHotline.untilTheMenu(PromptSet.polish()).plusMillis(1500).toMillis()),
                "-set", "hold_ms", "16000"));
        waitFor(WAITING, "1 ▲ ostrzeżenie");
        assertThat(Browser.liveRead(() -> page().findElement(WAITING).getAttribute("class"))).contains("level-amber");
        assertThat(Browser.liveRead(() -> page().findElement(By.cssSelector("#queue-KPRM-dokumenty .longest [data-since]"))
                .getText())).matches("\\d+:\\d\\d");
        saveForTheReadme();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        forceFromTheKeyboard("force-available", "");
        waitFor(AGENT4_STATE, "rozmawia");
        waitFor(WAITING, "0");
        By callCell = By.cssSelector("#consultant-agent4 td:nth-of-type(3)");
        assertThat(Browser.liveRead(() -> page().findElement(callCell).getText())).contains(CITIZEN).contains("dokumenty");
        String contact = Browser.liveRead(() -> page().findElement(callCell).findElement(By.linkText("kontakt"))
                .getAttribute("href"));
        assertThat(Browser.liveRead(() -> page().findElements(By.cssSelector("#consultant-agent4 button")).stream()
                .map(WebElement::getText).toList())).containsExactly("Nasłuch", "Podpowiedź", "Włącz się");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        Sipp.Run citizenRun = citizen.finish();
        assertThat(citizenRun.exitCode()).as(citizenRun.output()).isZero();
        waitFor(AGENT4_STATE, "po rozmowie");
        waitFor(ANSWERED, Integer.toString(answeredBefore + 1));
        Sipp.Run phoneRun = phone.finish();
        assertThat(phoneRun.exitCode()).as(phoneRun.output()).isZero();

        page().get(contact);
        assertThat(page().findElements(By.cssSelector("tbody th"))).extracting(WebElement::getText)
                .contains("CallQueued", "CallAnswered", "CallEnded");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    /** Chooses agent4, a state and a reason, and submits, all with keys. */
    private void forceFromTheKeyboard(String stateRadio, String reason) {
        page().findElement(By.id("force-username")).sendKeys("Konsultant 4");
        page().findElement(By.id(stateRadio)).sendKeys(Keys.SPACE);
        WebElement reasonField = page().findElement(By.id("force-reason"));
        reasonField.clear();
        reasonField.sendKeys(reason, Keys.ENTER);
    }

    private void type(By field, String value) {
        WebElement input = page().findElement(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private String notice() {
        return page().findElement(By.cssSelector("main .message")).getText();
    }

    /** Waits on the live page, polling, until the element shows exactly {@code text}. */
    private void waitFor(By element, String text) {
        new WebDriverWait(page(), Duration.ofSeconds(40), Duration.ofMillis(200))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBe(element, text));
    }

    private void saveForTheReadme() throws IOException {
        // kept in target/screenshots; docs/img/wallboard.png is a copy of it, refreshed by hand when the page changes
        Path image = Path.of("target", "screenshots", "wallboard-readme.png");
        Files.createDirectories(image.getParent());
        Dimension usual = page().manage().window().getSize();
        page().manage().window().setSize(new Dimension(1280, 1500)); // the queues and the consultants in one picture
        try {
            Files.write(image, browser.driver().getScreenshotAs(OutputType.BYTES));
        } finally {
            page().manage().window().setSize(usual);
        }
    }
}
