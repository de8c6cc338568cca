package pl.infolinia.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;

/** A supervisor opens the scripted day's report in a real browser: the chart, its table, no serious axe violation. */
@Tag("browser")
@InfoliniaTest
class ReportChartsBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ContactEventLog log;

    @BeforeEach
    void storeTheScriptedDay() {
        ScriptedDayEvents.storeOnce(log);
    }

    private WebDriver page() {
        return browser.driver();
    }

    @Test
    void theDaysChartAndTablesShowFromTheFiltersForm() {
        browser.signIn("http://localhost:" + port, "admin", InfoliniaTest.DEMO_PASSWORD);
        assertThat(page().findElement(By.linkText("Raporty")).getAttribute("href")).endsWith("/reports");
        // the date fields' typing order depends on the browser's locale: the days come in the address
        page().get("http://localhost:" + port + "/reports?from=2026-01-14&to=2026-01-14");
        new Select(page().findElement(By.id("interval"))).selectByValue("HOUR");
        page().findElement(By.cssSelector("form.filters button[type=submit]")).click();

        assertThat(page().getCurrentUrl()).contains("from=2026-01-14");
        // 24 hours, two bars each (offered, answered); 09:00 had two calls offered and none answered
        assertThat(page().findElements(By.cssSelector("figure.chart svg rect[height]"))).hasSizeGreaterThanOrEqualTo(48);
        assertThat(page().findElement(By.cssSelector("figure.chart svg title")).getAttribute("textContent"))
                .contains("Oferowane i odebrane");
        assertThat(page().findElement(By.id("traffic-table")).getText()).contains("2026-01-14 09:00");
        assertThat(page().findElement(By.id("ivr-table")).getText()).contains("do kolejki");
        browser.screenshot("reports-day");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
