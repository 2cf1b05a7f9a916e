package io.throughline.localstack;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.throughline.localstack.prepform.ChromiumBrowser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium driven by ChromeDriver, both from Debian's packages (never Selenium Manager), for the console's
 * browser test: screenshots of the whole page under {@code target/screenshots/}, what the page logged as errors, and
 * axe-core's accessibility check (the WebJar {@link ChromiumBrowser#axeSource()} loads).
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
    static final Dimension LAPTOP = new Dimension(1280, 900);
    static final Dimension TABLET = new Dimension(768, 1024);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String issuer;

    private ConsoleBrowser(ChromeDriver driver, Path profile, String issuer) {
        this.driver = driver;
        this.profile = profile;
        this.issuer = issuer;
    }

    /** Skips the test (before the stack starts) where Chromium or ChromeDriver is missing, and says so. */
    static ConsoleBrowser start(String issuer) throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available) {
            System.out.println("[console-browser-test] SKIPPED: no headless Chromium here (" + CHROMIUM + " and "
                    + CHROMEDRIVER + " are needed; apt-get install chromium chromium-driver)");
        }
        assumeTrue(available, "Chromium and ChromeDriver from Debian's packages are not installed");
        Path profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-default-apps",
                        "--disable-extensions",
                        "--lang=en-GB",
                        "--user-data-dir=" + profile,
                        "--window-size=" + LAPTOP.width + "," + LAPTOP.height);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ConsoleBrowser(new ChromeDriver(service, options), profile, issuer);
    }

    ChromeDriver driver() {
        return driver;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** The whole page, not only what fits in the window: the window is made as tall as the page for the shot. */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        long chrome = ((Number) script("return window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.width, (int) Math.max(window.height, height + chrome)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("[console-browser-test] screenshot " + file.toAbsolutePath());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** axe-core's serious and critical violations on the page as it is now (WCAG 2.x A and AA rules, best practices). */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        try {
            script(ChromiumBrowser.axeSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (List<String>) ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, { resultTypes: ['violations'] })"
                        + ".then(result => done(result.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                        + ".catch(error => done(['axe failed: ' + error]));");
    }

    /** What the console logged as errors since last asked; the issuer's sign-in page is not the console. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.startsWith(issuer + "/"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("[console-browser-test] could not remove " + profile + ": " + e);
        }
    }
}
