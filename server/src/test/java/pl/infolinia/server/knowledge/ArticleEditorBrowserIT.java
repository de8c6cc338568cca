package pl.infolinia.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.infolinia.knowledge.importing.KnowledgeExport;
import pl.infolinia.knowledge.importing.KnowledgeImport;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * The browser test: a knowledge-base editor imports the demo, edits an article and sees
 * its readability score change as they type; then an agent searches "zgubilem dowod" and opens the
 * right article. axe-core checks every page on the way.
 */
@Tag("browser")
@InfoliniaTest
class ArticleEditorBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    private WebDriver page() {
        return browser.driver();
    }

    @Test
    void anEditorImportsEditsAndSeesTheScoreChangeThenAnAgentFindsTheArticle() throws IOException {
        signIn("mc.kbeditor");
        page().findElement(By.linkText("Import")).click();
        page().findElement(By.id("file")).sendKeys(demoZip().toAbsolutePath().toString());
        page().findElement(By.cssSelector("form.form button[type=submit]")).click();
        assertThat(page().findElement(By.cssSelector("[role=status] .message.info")).getText()).contains("123");
        accessible("kb-editor-import");

        page().get(url("/kb/articles/aplikacja-mobywatel"));
        page().findElement(By.linkText("Edytuj artykuł")).click();
        accessible("kb-editor-edit");
        String before = page().findElement(By.id("fog-value")).getText();

        // into the summary, which the score reads (the legal basis and the links it leaves out)
        page().findElement(By.id("body")).sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), Keys.DOWN, Keys.DOWN,
                "Wnioskodawca winien"
                + " przedłożyć stosowną dokumentację potwierdzającą uprawnienie do korzystania z aplikacji mobilnej"
                + " w przedmiocie niniejszego postępowania administracyjnego. ");
        new WebDriverWait(page(), Duration.ofSeconds(10))
                .until(driver -> !driver.findElement(By.id("fog-value")).getText().equals(before));
        String after = page().findElement(By.id("fog-value")).getText();
        assertThat(Double.parseDouble(after.replace(',', '.'))).isGreaterThan(Double.parseDouble(before.replace(',', '.')));
        assertThat(page().findElement(By.id("officialese")).getText()).contains("wnioskodawc*", "w przedmiocie");
        browser.screenshot("kb-editor-score-changed");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        page().findElement(By.id("note")).sendKeys("dłuższy opis", Keys.ENTER);
        assertThat(page().findElement(By.cssSelector("p.message.info")).getText()).contains("Zapisano jako wersję");
        accessible("kb-editor-saved");
        page().findElement(By.linkText("Historia zmian")).click();
        accessible("kb-editor-history");
        page().findElement(By.partialLinkText("Zmiany w wersji")).click();
        assertThat(page().findElement(By.cssSelector("pre.diff")).getText()).contains("+ ", "Wnioskodawca winien");
        accessible("kb-editor-diff");
        page().get(url("/kb/browse"));
        accessible("kb-browse");
        page().get(url("/kb/readability"));
        accessible("kb-readability");
        page().get(url("/kb/analytics?lang=en"));
        accessible("kb-analytics-en");
        page().findElement(By.cssSelector("form.inline button")).click();
        // signed out: the sign-in page is back before the next user signs in
        await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().contains("/login"));

        signIn("agent2");
        page().findElement(By.linkText("Baza wiedzy")).click();
        page().findElement(By.id("q")).sendKeys("zgubilem dowod", Keys.ENTER);
        accessible("kb-agent-search");
        page().findElement(By.cssSelector(".hits li:first-child h3 a")).click();
        assertThat(page().getCurrentUrl()).contains("/kb/articles/dowod-osobisty-utrata");
        accessible("kb-agent-article");
    }

    private void signIn(String user) {
        browser.signIn(url(""), user, InfoliniaTest.DEMO_PASSWORD);
    }

    private void accessible(String screenshot) {
        browser.screenshot(screenshot);
        assertThat(browser.seriousAccessibilityViolations()).as(screenshot).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Path demoZip() throws IOException {
        Path zip = folder.resolve("demo-kb.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            new KnowledgeExport().writeZip(new KnowledgeImport().demo(), out);
        }
        return zip;
    }
}
