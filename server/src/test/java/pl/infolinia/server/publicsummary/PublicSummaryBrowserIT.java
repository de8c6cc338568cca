package pl.infolinia.server.publicsummary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.reporting.ScriptedDay;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * In a real browser: the summary page and the scheduled reports' page, then the published HTML
 * file opened on its own; no serious axe violation on any of them.
 */
@InfoliniaTest
@Tag("browser")
class PublicSummaryBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ContactEventLog log;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @BeforeEach
    void storeTheScriptedDay() {
        if (log.read(new ContactId("rep-day-C3")).isEmpty()) {
            ScriptedDay.events().forEach(log::append);
        }
    }

    private WebDriver page() {
        return browser.driver();
    }

    @Test
    void thePagesAndThePublishedFileAreAccessible(@TempDir Path folder) throws Exception {
        browser.signIn("http://localhost:" + port, "admin", InfoliniaTest.DEMO_PASSWORD);
        // the menu's link appears once the sign-in has gone through (opening a page at once could beat it)
        page().findElement(By.linkText("Raporty"));

        page().get("http://localhost:" + port + "/reports?from=2026-01-14&to=2026-01-14");
        page().findElement(By.linkText("Podsumowanie do publikacji")).click();
        page().get("http://localhost:" + port + "/reports/public?from=2026-01&to=2026-01");
        assertThat(page().findElement(By.id("summary-months")).getText()).contains("2026-01");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        page().get("http://localhost:" + port + "/reports/subscriptions");
        page().findElement(By.id("recipients")).sendKeys("analityk@kprm.gov.pl");
        page().findElement(By.id("recipients")).submit();
        assertThat(page().findElement(By.id("subscriptions-table")).getText()).contains("analityk@kprm.gov.pl");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        for (String language : new String[] {"pl", "en"}) {
            Path file = folder.resolve("summary-" + language + ".html");
            Files.writeString(file, PublicSummaryIT.download(mvc, details, "html?" + PublicSummaryIT.JANUARY + "&language=" + language));
            page().get(file.toUri().toString());
            assertThat(page().findElement(By.tagName("h1")).getText()).contains("2026-01");
            browser.screenshot("public-summary-" + language);
            assertThat(browser.seriousAccessibilityViolations()).as(language).isEmpty();
        }
    }
}
