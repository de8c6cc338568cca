package pl.infolinia.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;

/** A person in a real browser: signs in from the keyboard, sees the offices, and every page passes axe-core. */
@Tag("browser")
@InfoliniaTest
class BrowserLoginIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    private WebDriver page() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String user, String password) {
        page().manage().deleteAllCookies();
        browser.signIn(url(""), user, password);
    }

    @Test
    void anAdministratorSignsInAndSeesTheOffices() {
        page().manage().deleteAllCookies();
        page().get(url("/offices"));
        assertThat(page().getCurrentUrl()).endsWith("/login");
        assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo("Logowanie");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.submitLogin("admin", InfoliniaTest.DEMO_PASSWORD);

        assertThat(page().getCurrentUrl()).contains("/offices");
        assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo("Urzędy");
        assertThat(page().findElements(By.cssSelector("table tbody tr"))).hasSizeGreaterThanOrEqualTo(34);
        assertThat(page().findElement(By.tagName("table")).getText())
                .contains("Kancelaria Prezesa Rady Ministrów", "Małopolski Urząd Wojewódzki w Krakowie");
        assertThat(page().findElement(By.className("who")).getText()).contains("admin");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void aWrongPasswordIsAnnouncedAndNothingOpens() {
        signIn("agent1", "not-the-password");

        WebElement alert = page().findElement(By.cssSelector("[role=alert]"));
        assertThat(alert.getText()).isEqualTo("Nieprawidłowa nazwa użytkownika lub hasło.");
        assertThat(page().getCurrentUrl()).contains("/login?error");
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndTheNavigationByTab() {
        signIn("supervisor", InfoliniaTest.DEMO_PASSWORD);
        page().get(url("/"));

        page().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(page().switchTo().activeElement().getAttribute("class")).isEqualTo("skip-link");
        // then the brand, "Start", the first place of work (the desk) and the knowledge base
        page().switchTo().activeElement().sendKeys(Keys.TAB, Keys.TAB, Keys.TAB);
        assertThat(page().switchTo().activeElement().getText()).isEqualTo("Pulpit");
        page().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(page().switchTo().activeElement().getText()).isEqualTo("Baza wiedzy");
        page().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(page().getCurrentUrl()).endsWith("/kb");
    }

    @Test
    void everyAdministrationPagePassesAxeInPolishAndEnglish() {
        signIn("admin", InfoliniaTest.DEMO_PASSWORD);
        for (String path : new String[] {"/", "/offices", "/admin/users?office=KPRM", "/admin/users/new",
                "/admin/users/agent1/edit", "/admin/offices/MC/edit", "/admin/audit", "/admin/no-such-page", "/kb",
                "/kb?q=zasilek", "/kb/articles/becikowe", "/kb/import", "/kb/synonyms"}) {
            page().get(url(path));
            browser.screenshot(path);
            assertThat(browser.seriousAccessibilityViolations()).as(path).isEmpty();
        }
        page().get(url("/offices?lang=en"));
        browser.screenshot("offices-en");
        assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo("Offices");
        assertThat(page().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        page().get(url("/offices?lang=pl"));
    }

    @Test
    void anAgentSeesNoAdministrationAndIsRefusedIt() {
        signIn("agent2", InfoliniaTest.DEMO_PASSWORD);

        assertThat(page().findElement(By.tagName("nav")).getText()).contains("Urzędy").doesNotContain("Użytkownicy");
        page().get(url("/admin/users"));
        assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo("Brak dostępu");
    }
}
