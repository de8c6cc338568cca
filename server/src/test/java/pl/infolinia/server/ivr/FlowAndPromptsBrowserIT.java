package pl.infolinia.server.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;

/** The Chancellery's office administrator edits the IVR flow and an office prompt in a real browser, from the keyboard. */
@Tag("browser")
@InfoliniaTest
class FlowAndPromptsBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    FlowLibrary library;

    private WebDriver page() {
        return browser.driver();
    }

    @Test
    void anOfficeAdministratorChecksAndPublishesTheFlow() {
        signIn("officeadmin");
        page().findElement(By.linkText("Scenariusze IVR")).click();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        page().findElement(By.linkText("infolinia")).click();
        assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo("Scenariusz IVR: infolinia");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        String broken = FlowLoader.demoYaml().replace("8: temat-cudzoziemcy", "8: temat-cudzoziemców");
        type(broken);
        page().findElement(By.id("yaml")).sendKeys(Keys.TAB);
        assertThat(page().switchTo().activeElement().getAttribute("id")).isEqualTo("comment");
        page().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement check = page().switchTo().activeElement();
        assertThat(check.getText()).isEqualTo("Sprawdź");
        assertFocusVisible(check);
        submit(() -> check.sendKeys(Keys.ENTER));

        WebElement problems = page().findElement(By.id("problems"));
        assertThat(problems.getText()).contains("no node 'temat-cudzoziemców'")
                .contains(String.valueOf(FlowEditorIT.lineOf(broken, "8: temat-cudzoziemców")));
        assertThat(page().findElement(By.id("yaml")).getAttribute("value")).contains("temat-cudzoziemców");
        browser.screenshot("ivr-flow-problems");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        type(FlowLoader.demoYaml().replace("timeout: 6", "timeout: 7"));
        page().findElement(By.id("comment")).sendKeys("siedem sekund na wybór");
        submit(() -> page().findElement(By.cssSelector("button[value=publish]")).click());

        String published = page().findElement(By.cssSelector("[role=status]")).getText();
        int version = library.current("infolinia").orElseThrow().version();
        assertThat(published).isEqualTo("Opublikowano wersję " + version + ". Obowiązuje od następnego połączenia.");
        assertThat(library.current("infolinia").orElseThrow().yaml()).contains("timeout: 7");
        assertThat(page().findElement(By.cssSelector("#history-heading + table tbody")).getText())
                .contains("siedem sekund na wybór");
        browser.screenshot("ivr-flow-published");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void anOfficeAdministratorListensToUploadsAndRemovesAPrompt() throws Exception {
        signIn("officeadmin");
        page().findElement(By.linkText("Nagrania zapowiedzi")).click();
        assertThat(page().getCurrentUrl()).endsWith("/prompts/KPRM");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("prompts-list");

        page().findElement(By.linkText("poza-godzinami")).click();
        assertThat(audioAnswer()).containsEntry("status", 200L).containsEntry("type", "audio/wav");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        Path recording = Files.createTempFile("poza-godzinami", ".wav");
        Files.write(recording, pl.infolinia.server.prompt.TestWavs.telephoneTone());
        page().findElement(By.id("file")).sendKeys(recording.toAbsolutePath().toString());
        WebElement upload = page().findElement(By.cssSelector("form[enctype] button[type=submit]"));
        // keys sent to a file input name files; the Tab goes to the page instead
        browser.driver().executeScript("arguments[0].focus();", page().findElement(By.id("file")));
        new Actions(page()).sendKeys(Keys.TAB).perform();
        assertThat(page().switchTo().activeElement()).isEqualTo(upload);
        assertFocusVisible(upload);
        submit(() -> upload.sendKeys(Keys.ENTER));

        assertThat(page().findElement(By.cssSelector("[role=status]")).getText()).startsWith("Wgrano nagranie urzędu");
        assertThat(page().findElements(By.tagName("audio"))).hasSize(2);
        browser.screenshot("prompts-uploaded");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        submit(() -> page().findElement(By.cssSelector(".remove-prompt button")).click());
        assertThat(page().findElement(By.cssSelector("[role=status]")).getText()).startsWith("Usunięto nagranie urzędu");
        assertThat(page().findElements(By.tagName("audio"))).hasSize(1);
        Files.delete(recording);
    }

    private void signIn(String user) {
        browser.signIn("http://localhost:" + port, user, InfoliniaTest.DEMO_PASSWORD);
        page().findElement(By.tagName("h1"));
    }

    /** Submits a form and waits for the answer: a click returns before the next page has come. */
    private void submit(Runnable action) {
        WebElement before = page().findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(page(), Duration.ofSeconds(20)).until(driver -> isGone(before));
    }

    /**
     * Whether the old page's root is gone. Chromium may answer "node does not belong to the
     * document" instead of a stale-element error while the new page replaces it: gone as well.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    /** Replaces the editor's text as a paste would: typing 4 KB key by key is no more real and much slower. */
    private void type(String yaml) {
        WebElement editor = page().findElement(By.id("yaml"));
        browser.driver().executeScript("arguments[0].value = arguments[1];", editor, yaml);
        editor.click();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> audioAnswer() {
        return (Map<String, Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('audio').src)
                    .then(r => done({status: r.status, type: r.headers.get('Content-Type')}));
                """);
    }

    private void assertFocusVisible(WebElement element) {
        assertThat(element.getCssValue("outline-style")).isEqualTo("solid");
        assertThat(element.getCssValue("outline-width")).isEqualTo("3px");
    }
}
