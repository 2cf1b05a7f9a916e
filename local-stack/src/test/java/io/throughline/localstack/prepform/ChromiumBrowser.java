package io.throughline.localstack.prepform;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium driven by ChromeDriver, both from Debian's packages ({@code chromium}, {@code chromium-driver});
 * never Selenium Manager, so nothing is downloaded. Where they are missing, the test is skipped and says so.
 */
public final class ChromiumBrowser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(360, 740);
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final double PIXEL_RATIO = 2.0;

    private final ChromeDriver driver;
    private final Path profile;
    private Dimension size;

    private ChromiumBrowser(ChromeDriver driver, Path profile, Dimension size) {
        this.driver = driver;
        this.profile = profile;
        this.size = size;
    }

    public static ChromiumBrowser start(Dimension window) throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available) {
            System.out.println(
                    "[prep-form-browser-test] SKIPPED: no headless Chromium here (" + CHROMIUM + " and " + CHROMEDRIVER
                            + " are needed; .ci/run installs them with apt-get install chromium chromium-driver)");
        }
        assumeTrue(available, "Chromium and ChromeDriver from Debian's packages are not installed");
        Path profile = Files.createTempDirectory("prep-form-chromium-");
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
                        "--user-data-dir=" + profile);
        // A phone's viewport, which a desktop window cannot be (Chromium's windows are at least 500 px wide).
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of(
                        "deviceMetrics",
                        Map.of("width", window.width, "height", window.height, "pixelRatio", PIXEL_RATIO)));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new ChromiumBrowser(driver, profile, window);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * The whole page, not only what fits in the phone's viewport: the viewport is made as tall as the page for the
     * shot (so what sticks to its bottom is drawn at the page's end), then the phone's again.
     */
    public Path screenshot(String name) {
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        viewport(Math.max(size.height, height));
        try {
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            System.out.println("[prep-form-browser-test] screenshot " + file.toAbsolutePath());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            viewport(size.height);
        }
    }

    /** Another viewport, such as a laptop's after a phone's (the window itself stays as it was started). */
    public void resize(Dimension window) {
        size = window;
        viewport(window.height);
    }

    private void viewport(long height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", size.width, "height", height, "deviceScaleFactor", PIXEL_RATIO, "mobile", true));
    }

    /** Cuts the page off the network, as a phone losing its connection, or gives it back. */
    void offline(boolean offline) {
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            driver.setNetworkConditions(conditions);
        } else {
            driver.deleteNetworkConditions();
        }
    }

    /** What the page logged as errors since last asked; the issuer's sign-in page (its missing favicon) left out. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.startsWith(DemoIdentity.ISSUER + "/"))
                .toList();
    }

    /**
     * axe-core's WCAG 2.x A and AA rules run on the page as it is now: the serious and critical violations, each as
     * "rule: what, where". axe is injected through WebDriver, which the page's Content-Security-Policy does not govern.
     */
    public List<String> seriousAccessibilityViolations() throws IOException {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(axeSource() + "\n;window.axe = window.axe || axe;");
        }
        String result = (String)
                ((JavascriptExecutor) driver)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                                        + ".then(result => done(JSON.stringify(result.violations)), error => done('error: ' + error));");
        if (result.startsWith("error: ")) {
            throw new AssertionError("axe-core failed: " + result);
        }
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(result)) {
            String impact = violation.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation
                        .path("nodes")
                        .forEach(node -> targets.add(node.path("target").toString()));
                serious.add(violation.path("id").asText() + " (" + impact + "): "
                        + violation.path("help").asText() + " at " + targets);
            }
        }
        return serious;
    }

    /** axe-core's script (Maven Central's WebJar, the one version this repository uses). */
    public static String axeSource() throws IOException {
        try (InputStream in = ChromiumBrowser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("[prep-form-browser-test] could not remove " + profile + ": " + e);
        }
    }
}
