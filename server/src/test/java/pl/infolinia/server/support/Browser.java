package pl.infolinia.server.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven by Debian's chromedriver, with axe-core at hand for accessibility checks.
 * Nothing is downloaded: the binaries come from the chromium and chromium-driver packages.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final List<String> extraArguments;
    private ChromeDriver driver;
    private Path profile;

    public Browser() {
        this(List.of());
    }

    /** A browser started with more command-line switches, e.g. fake media devices for a WebRTC test. */
    public Browser(List<String> extraArguments) {
        this.extraArguments = List.copyOf(extraArguments);
    }

    /** One browser for all tests of a class: {@code @RegisterExtension static final Browser browser = new Browser();} */
    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            profile = Files.createTempDirectory("infolinia-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=pl-PL", "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Signs in on the Polish login page from the keyboard and waits until the sign-in has gone
     * through (or been refused): the Enter key returns before the next page has come, and a page
     * opened at once could still meet the login form.
     */
    public void signIn(String site, String username, String password) {
        driver.get(site + "/login?lang=pl");
        submitLogin(username, password);
    }

    /** Types into the login form already on screen, presses Enter and waits as {@link #signIn} does. */
    public void submitLogin(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> {
            String url = page.getCurrentUrl();
            return !url.contains("/login") || url.contains("error");
        });
    }

    /**
     * Does something on parts of the page that a live refresh may replace meanwhile (as it would
     * under a person's hand, who would then do it again): tried again on a stale element.
     */
    public static void live(Runnable steps) {
        liveRead(() -> {
            steps.run();
            return true;
        });
    }

    /** Reads from parts of the page that a live refresh may replace meanwhile, again on a stale element. */
    public static <T> T liveRead(Supplier<T> read) {
        return Awaitility.await().atMost(Duration.ofSeconds(5)).ignoreException(StaleElementReferenceException.class)
                .until(read::get, value -> true);
    }

    /** Keeps a picture of the current page in target/screenshots, for people reviewing a change. */
    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name.replaceAll("[^a-zA-Z0-9-]+", "_") + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of axe-core's serious and critical WCAG 2.1 A/AA violations on the current page. */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                                   .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar missing from the test classpath: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temp profile left behind is harmless; the test result stands
        }
    }
}
