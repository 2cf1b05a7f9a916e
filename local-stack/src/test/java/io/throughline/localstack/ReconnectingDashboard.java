package io.throughline.localstack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard open in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, as in
 * {@link DashboardSignInIT}), signed in as demo-supervisor, watched while analytics-service restarts:
 * it says "Reconnecting…" instead of failing, and shows the figures again by itself. Where Chromium is
 * not installed it only says so, and the rest of the test goes on. Screenshots go to {@code target/screenshots/}.
 */
final class ReconnectingDashboard implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
    private static final String DASHBOARD = "http://localhost:8083";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private ReconnectingDashboard(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static ReconnectingDashboard open() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            System.out.println("[supervision-it] no headless Chromium here (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): the dashboard's reconnecting is not watched");
            return new ReconnectingDashboard(null, null);
        }
        Path profile = Files.createTempDirectory("supervision-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--no-first-run",
                        "--lang=en-GB",
                        "--user-data-dir=" + profile,
                        "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ReconnectingDashboard dashboard = new ReconnectingDashboard(new ChromeDriver(service, options), profile);
        dashboard.signIn();
        return dashboard;
    }

    private void signIn() {
        driver.get(DASHBOARD + "/");
        waitFor(
                "the issuer's sign-in form",
                Duration.ofSeconds(30),
                () -> !driver.findElements(By.name("username")).isEmpty());
        driver.findElement(By.name("username")).sendKeys("demo-supervisor");
        driver.findElement(By.name("password")).sendKeys("demo", Keys.ENTER);
        waitFor("the figures", Duration.ofSeconds(30), this::upToDate);
        screenshot("supervision-before-kill");
    }

    /** While analytics-service is down: the page says it is reconnecting, and the figures it showed stay. */
    void showsReconnecting() {
        if (driver == null) {
            return;
        }
        waitFor("Reconnecting…", Duration.ofSeconds(20), () -> status().startsWith("Reconnecting…"));
        screenshot("supervision-reconnecting");
        if (driver.findElements(By.cssSelector("main [data-source]")).isEmpty()) {
            throw new AssertionError("the figures shown before the restart are gone while reconnecting");
        }
    }

    /** Once analytics-service is back: the page shows the figures again by itself (signing in again through the issuer's session). */
    void recovers() {
        if (driver == null) {
            return;
        }
        waitFor("the figures again", Duration.ofSeconds(60), this::upToDate);
        screenshot("supervision-reconnected");
    }

    private boolean upToDate() {
        return driver.getCurrentUrl().startsWith(DASHBOARD)
                && status().startsWith("Up to date")
                && !driver.findElements(By.cssSelector("main [data-source]")).isEmpty();
    }

    private String status() {
        try {
            return driver.findElement(By.id("last-checked")).getText();
        } catch (WebDriverException e) {
            return "";
        }
    }

    private void waitFor(String what, Duration patience, Callable<Boolean> condition) {
        try {
            await().atMost(patience)
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            Path shot = screenshot("supervision-failed");
            throw new AssertionError("the dashboard did not show " + what + " within " + patience + " (status '"
                    + status() + "', at " + driver.getCurrentUrl() + "); screenshot " + shot);
        }
    }

    private Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("[supervision-it] screenshot " + file.toAbsolutePath());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (driver == null) {
            return;
        }
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("[supervision-it] could not remove " + profile + ": " + e);
        }
    }
}
