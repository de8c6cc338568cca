package pl.infolinia.server.recordingpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingMode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;

/** An administrator sets an office's recording policy in a real browser, from the keyboard; axe finds nothing serious. */
@InfoliniaTest
@Tag("browser")
class RecordingPolicyBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    RecordingPolicies policies;

    private WebDriver page() {
        return browser.driver();
    }

    @Test
    void anAdministratorSetsAnOfficeToRecordOnDemandFromTheKeyboard() {
        page().manage().deleteAllCookies();
        browser.signIn("http://localhost:" + port, "admin", InfoliniaTest.DEMO_PASSWORD);
        // the menu's link appears once the sign-in has gone through (going to /offices at once could beat it)
        page().findElement(By.linkText("Urzędy")).click();
        WebElement link = page().findElement(By.cssSelector("a[href$='/admin/offices/MF/recording-policy']"));
        assertThat(link.getText()).isEqualTo("Nagrywanie");
        link.sendKeys(Keys.ENTER);

        assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo("Nagrywanie rozmów: MF");
        assertThat(page().findElement(By.id("mode-ALL")).isSelected()).isTrue();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // radios of one group move with the arrow keys; Tab leaves the group for the checkbox
        page().findElement(By.id("mode-ALL")).sendKeys(Keys.ARROW_DOWN);
        WebElement focused = page().switchTo().activeElement();
        focused.sendKeys(Keys.ARROW_DOWN);
        assertThat(page().findElement(By.id("mode-ON_DEMAND")).isSelected()).isTrue();
        page().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(page().switchTo().activeElement().getAttribute("id")).isEqualTo("pauseAllowed");
        page().switchTo().activeElement().sendKeys(Keys.SPACE);
        assertThat(page().findElement(By.id("pauseAllowed")).isSelected()).isFalse();
        page().switchTo().activeElement().sendKeys(Keys.ENTER);

        assertThat(page().findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Zapisano ustawienia nagrywania.");
        assertThat(page().findElement(By.id("mode-ON_DEMAND")).isSelected()).isTrue();
        assertThat(policies.of(OfficeCode.of("MF")).mode()).isEqualTo(RecordingMode.ON_DEMAND);
        assertThat(policies.of(OfficeCode.of("MF")).pauseAllowed()).isFalse();
        browser.screenshot("recording-policy");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        page().get("http://localhost:" + port + "/admin/offices/MF/recording-policy?lang=en");
        assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo("Call recording: MF");
        assertThat(page().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        page().get("http://localhost:" + port + "/offices?lang=pl");
    }
}
