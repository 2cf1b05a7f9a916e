package io.throughline.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.throughline.analytics.TrendsExampleMother;
import io.throughline.analytics.history.TrendsFixture;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The client page's Over time in headless Chromium (Debian's chromium and chromedriver; skipped where missing) on
 * METRICS.md's worked example: the weekly table beside the chart with an empty week as a gap, a revised week marked,
 * a week's sessions listed by its button, the address keeping all of it over a reload, and the page at 360 px wide
 * without sideways scrolling. Screenshots go to {@code target/screenshots/}.
 */
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "throughline.analytics.database=analytics-dashboard-it",
            "throughline.analytics.projection.consumer-group=analytics-dashboard-it",
            "throughline.analytics.projection.poll-timeout=100ms"
        })
class DashboardOverTimeIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String WEEKS =
            "#/clients/" + TrendsExampleMother.CLIENT + "?period=week&from=2025-11-03&to=2025-12-29&rolling=4";
    /** Elements that stick out of a 360 px page (not counting what scrolls inside its own container). */
    private static final String WIDER_THAN_THE_PAGE = "const out = e => e.getBoundingClientRect().right > 361;"
            + "return [...document.querySelectorAll('body *')].filter(e => out(e) && !out(e.parentElement))"
            + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' in ' + e.parentElement.className)";

    private static final PageSignIn SIGN_IN = new PageSignIn();
    private static ChromeDriver browser;
    private static boolean signedIn;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void backChannel(DynamicPropertyRegistry registry) {
        registry.add("throughline.issuer-backchannel-uri", SIGN_IN::uri);
    }

    @BeforeAll
    static void startTheBrowser() {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(available, "Debian's chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--lang=en-GB",
                        "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
        SIGN_IN.close();
    }

    @BeforeEach
    void workedExampleAndSignedIn(TestInfrastructure infrastructure) throws Exception {
        TrendsFixture.publishOnce(infrastructure, port);
        TrendsFixture.zone(port, "Europe/Amsterdam");
        if (!signedIn) {
            SIGN_IN.supervisor(browser, base(), TrendsExampleMother.ORG);
            signedIn = true;
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.findElements(By.id("person-name")).isEmpty()
                        && !browser.findElement(By.id("person-name")).getText().isEmpty());
    }

    @Test
    void showsTheWeeksWithGapsAndTheSessionsBehindAWeekAndKeepsThemInTheAddress() throws IOException {
        phoneOrDesktop(false);
        browser.get(base() + "/" + WEEKS);
        List<List<String>> sidetracks = rows("trend-sidetracks", 8);
        assertThat(sidetracks)
                .as("period, sessions ended, per session, over 4 weeks")
                .containsExactly(
                        List.of("2025-W45", "1", "2", "2"),
                        List.of("2025-W46", "1", "1", "1.5"),
                        List.of("2025-W47", "0", "—", "1.5"),
                        List.of("2025-W48", "1", "2", "1.67"),
                        List.of("2025-W49", "1", "3", "2"),
                        List.of("2025-W50", "1", "2", "2.33"),
                        List.of("2025-W51 revised", "1", "3", "2.5"),
                        List.of("2025-W52", "0", "—", "2.67"));
        assertThat(rows("trend-on-topic", 8).get(0)).containsExactly("2025-W45", "1", "91 %", "100 %", "91 %");
        WebElement gap = cell("trend-sidetracks", "2025-W47", 2).findElement(By.tagName("data"));
        assertThat(gap.getAttribute("value"))
                .as("an empty week is the API's null, not 0")
                .isEmpty();
        @SuppressWarnings("unchecked")
        List<Object> chart = (List<Object>)
                script("const chart = Chart.getChart(document.querySelector('[data-chart=trend-sidetracks] canvas'));"
                        + "return [chart.data.datasets[0].data[2], chart.data.datasets[1].spanGaps,"
                        + " chart.data.labels[2].join(' ')];");
        assertThat(chart)
                .as("the chart's W47 is a gap (null, not spanned), labelled with its sessions")
                .containsExactly(null, false, "2025-W47 0 ended");
        screenshot("over-time-weeks-desktop", false, null);
        screenshot("over-time-section-desktop", false, ".clients-over-time");

        cell("trend-sidetracks", "2025-W49", 0)
                .findElement(By.tagName("button"))
                .click();
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        browser.findElements(By.cssSelector(".behind-list li")).size() == 1);
        assertThat(browser.getCurrentUrl()).contains("point=2025-W49", "rolling=4", "from=2025-11-03");
        assertThat(sessionsListed()).containsExactly("s5");
        assertThat(browser.findElement(By.cssSelector(".behind-list li a")).getAttribute("href"))
                .endsWith("#/sessions/s5");
        assertThat(script("return document.activeElement.id")).isEqualTo("id-over-time-sessions-heading");

        browser.navigate().refresh();
        rows("trend-sidetracks", 8);
        await().atMost(Duration.ofSeconds(15)).until(() -> sessionsListed().equals(List.of("s5")));

        phoneOrDesktop(true);
        screenshot("over-time-weeks-phone", true, null);
        screenshot("over-time-section-phone", true, ".clients-over-time");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(List.of(
                                script("return window.innerWidth"),
                                script("return document.documentElement.scrollWidth")))
                        .as("no sideways scrolling at 360 px; wider: %s", script(WIDER_THAN_THE_PAGE))
                        .containsOnly(360L));
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theControlsChangeTheAddressAndTheFigures() {
        phoneOrDesktop(false);
        browser.get(base() + "/" + WEEKS);
        // The view the other test left (a week chosen) is drawn again without it first.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.findElements(By.className("behind-hint")).isEmpty());
        rows("trend-sidetracks", 8);
        new Select(browser.findElement(By.id("id-over-time-period"))).selectByValue("month");
        script(
                "arguments[0].value = '2025-11-01'; arguments[1].value = '2026-01-01';",
                browser.findElement(By.id("id-over-time-from")),
                browser.findElement(By.id("id-over-time-to")));
        new Select(browser.findElement(By.id("id-over-time-rolling"))).selectByValue("1");
        browser.findElement(By.id("id-over-time-show")).click();

        List<List<String>> months = rows("trend-sidetracks", 2);
        assertThat(browser.getCurrentUrl()).contains("period=month", "from=2025-11-01", "to=2026-01-01");
        assertThat(browser.getCurrentUrl()).doesNotContain("rolling=");
        assertThat(months).containsExactly(List.of("2025-11", "3", "1.67"), List.of("2025-12", "3", "2.67"));

        browser.get(base() + "/#/coaches/" + TrendsExampleMother.COACH + "?period=month&from=2025-11-01&to=2026-01-01");
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() ->
                        browser.findElement(By.tagName("h1")).getText().equals("Coach " + TrendsExampleMother.COACH));
        assertThat(rows("trend-sidetracks", 2))
                .as("the coach's months, the same sessions")
                .containsExactly(List.of("2025-11", "3", "1.67"), List.of("2025-12", "3", "2.67"));
        // A click on November's bar in the chart, as the reader would.
        WebElement canvas = browser.findElement(By.cssSelector("[data-chart=trend-sidetracks] canvas"));
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) script(
                "const bar = Chart.getChart(arguments[0]).getDatasetMeta(0).data[0];"
                        + "const box = arguments[0].getBoundingClientRect();"
                        + "return [bar.x - box.width / 2, (bar.y + bar.base) / 2 - box.height / 2];",
                canvas);
        new Actions(browser)
                .moveToElement(canvas, bar.get(0).intValue(), bar.get(1).intValue())
                .click()
                .perform();
        await().atMost(Duration.ofSeconds(15)).until(() -> sessionsListed().equals(List.of("s4", "s3", "s2", "s1")));
    }

    private List<List<String>> rows(String chart, int expected) {
        By rows = By.cssSelector("[data-chart=" + chart + "] tbody tr");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.findElements(rows).size() == expected);
        @SuppressWarnings("unchecked")
        List<List<String>> texts = (List<List<String>>) script(
                "return [...document.querySelectorAll(arguments[0])].map(row =>"
                        + " [...row.cells].map(cell => cell.textContent.trim()))",
                "[data-chart=" + chart + "] tbody tr");
        return texts;
    }

    private WebElement cell(String chart, String period, int index) {
        return browser.findElement(By.cssSelector("[data-chart=" + chart + "] tr[data-period='" + period + "']"))
                .findElements(By.cssSelector("th, td"))
                .get(index);
    }

    private List<String> sessionsListed() {
        return browser.findElements(By.cssSelector(".behind-list li")).stream()
                .map(item -> item.getAttribute("data-session"))
                .toList();
    }

    private void phoneOrDesktop(boolean phone) {
        viewport(phone, phone ? 740 : 900);
    }

    private void viewport(boolean phone, long height) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", phone ? 360 : 1280, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    /** The whole page: the viewport made as tall as the page for the shot (charts drawn at that size), then back. */
    private void screenshot(String name, boolean phone, String section) throws IOException {
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        viewport(phone, height);
        try {
            await().pollDelay(Duration.ofMillis(500)).until(() -> true);
            Map<String, Object> options = section == null
                    ? Map.of("format", "png")
                    : Map.of(
                            "format",
                            "png",
                            "clip",
                            script(
                                    "const box = document.querySelector(arguments[0])"
                                            + ".getBoundingClientRect(); return {x: 0, y: box.top + window.scrollY,"
                                            + " width: window.innerWidth, height: box.height, scale: 1};",
                                    section));
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", options);
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            System.out.println("[dashboard-over-time] screenshot " + file.toAbsolutePath());
        } finally {
            phoneOrDesktop(phone);
        }
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.startsWith("http://localhost:"))
                .toList();
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
