package pl.infolinia.server.knowledge;

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

/** A consultant finds the article from the citizen's own words, in a real browser, from the keyboard. */
@Tag("browser")
@InfoliniaTest
class KnowledgeSearchBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    private WebDriver page() {
        return browser.driver();
    }

    @Test
    void anAgentSearchesZgubilemDowodAndOpensTheRightArticle() {
        browser.signIn("http://localhost:" + port, "agent3", InfoliniaTest.DEMO_PASSWORD);
        page().findElement(By.linkText("Baza wiedzy")).click();

        page().findElement(By.id("q")).sendKeys("zgubilem dowod", Keys.ENTER);
        browser.screenshot("kb-search");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(page().findElement(By.cssSelector(".hits li:first-child .snippet b")).getText()).isNotBlank();

        page().findElement(By.cssSelector(".hits li:first-child h3 a")).click();
        // ?s= names the search the article was opened from, for the search analytics
        assertThat(page().getCurrentUrl()).contains("/kb/articles/dowod-osobisty-utrata?s=");
        assertThat(page().findElement(By.tagName("h1")).getText()).containsIgnoringCase("dow");
        assertThat(page().findElements(By.cssSelector("main h2"))).extracting(element -> element.getText())
                .contains("W skrócie");
        browser.screenshot("kb-article");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void titlesAreSuggestedWhileTheConsultantTypes() {
        browser.signIn("http://localhost:" + port, "agent4", InfoliniaTest.DEMO_PASSWORD);
        // the menu's link appears once the sign-in has gone through (going to /kb at once could beat it)
        page().findElement(By.linkText("Baza wiedzy")).click();

        page().findElement(By.id("q")).sendKeys("karta duz");
        WebElement suggestion = page().findElement(By.cssSelector("#suggestions a"));
        assertThat(suggestion.getText()).containsIgnoringCase("Karta Dużej Rodziny");
        browser.screenshot("kb-suggestions");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        page().findElement(By.id("q")).sendKeys(Keys.TAB);
        assertThat(page().switchTo().activeElement().getText()).containsIgnoringCase("Szukaj");
        suggestion.click();
        assertThat(page().getCurrentUrl()).endsWith("/kb/articles/karta-duzej-rodziny");
    }
}
