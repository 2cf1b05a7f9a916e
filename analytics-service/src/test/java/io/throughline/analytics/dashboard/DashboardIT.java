package io.throughline.analytics.dashboard;

import static io.throughline.analytics.AnalyticsMother.CLIENT;
import static io.throughline.analytics.AnalyticsMother.COACH;
import static io.throughline.analytics.AnalyticsMother.SECOND_CLIENT;
import static io.throughline.analytics.AnalyticsMother.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.Api;
import io.throughline.analytics.ContractTopics;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real browser against the running service, fed through the real topics. Every
 * figure on the page names the API answer and JSON pointer it shows ({@code data-source},
 * {@code data-pointer}); the test reads those answers itself and compares.
 */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The same as AnalyticsServiceIT's, so both run in one application context.
        "throughline.analytics.database=analytics-service-it",
        "throughline.analytics.projection.consumer-group=analytics-service-it",
        "throughline.analytics.projection.poll-timeout=100ms"})
class DashboardIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static ContractTopics topics;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void topicsAndProducer(TestInfrastructure infrastructure) throws Exception {
        topics = new ContractTopics(infrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    static void closeProducerAndBrowser() {
        topics.close();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void servesThePageWithItsScriptsAndChartJsFromThisServiceOnly() throws Exception {
        HttpResponse<String> page = http("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "script-src 'self'", "connect-src 'self'"));
        assertThat(page.body()).contains("/webjars/chart.js/dist/chart.umd.min.js", "/dashboard/app.js")
                .doesNotContain("http://", "https://");

        HttpResponse<String> chartJs = http("/webjars/chart.js/dist/chart.umd.min.js");
        assertThat(chartJs.statusCode()).isEqualTo(200);
        assertThat(chartJs.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(chartJs.body()).contains("Chart");
        assertThat(http("/dashboard/app.js").statusCode()).isEqualTo(200);
        assertThat(http("/swagger-ui/index.html").statusCode()).as("Swagger UI's WebJar still served").isEqualTo(200);
    }

    @Test
    void showsTheOverviewAsTheApiGivesItSortableByKeyboard() {
        Browser browser = browser();
        String org = uniqueOrg();
        publishAndAwait(org);

        browser.driver().get(url("/"));
        WebElement organisation = browser.driver().findElement(By.id("org-input"));
        organisation.clear();
        organisation.sendKeys(org, Keys.ENTER);
        awaitPage("the clients of the overview", () -> !browser.driver().findElements(By.linkText(SECOND_CLIENT)).isEmpty());
        assertThat(browser.driver().getCurrentUrl()).endsWith("/?org=" + org + "#/");

        assertFiguresEqualTheApi(12);
        assertThat(figureText("/overview", "/sidetrackFrequencyWithoutPrep")).isEqualTo("1.5 per session");
        assertThat(figureText("/overview", "/clients/1/onAgreedTopicShare")).isEqualTo("—");
        browser.driver().findElement(By.id("id-clients-sort-sidetrackFrequency")).sendKeys(Keys.ENTER);
        assertThat(clientRows()).containsExactly(SECOND_CLIENT, CLIENT);
        assertThat(sortOf("sidetrackFrequency")).isEqualTo("ascending");
        browser.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
        assertThat(clientRows()).containsExactly(CLIENT, SECOND_CLIENT);
        assertThat(sortOf("sidetrackFrequency")).isEqualTo("descending");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("id-clients-sort-sidetrackFrequency");
        browser.screenshot("overview");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void showsAClientAsTheApiGivesItAndANewSessionWithoutAReload() {
        Browser browser = browser();
        String org = uniqueOrg();
        publishAndAwait(org);
        browser.driver().get(url("/?org=" + org + "#/"));
        awaitPage("the clients of the overview", () -> !browser.driver().findElements(By.linkText(CLIENT)).isEmpty());

        browser.driver().findElement(By.linkText(CLIENT)).click();
        awaitPage("the three timelines of the client", () -> browser.driver().findElements(By.cssSelector(".timeline-bar")).size() == 3);
        assertThat(browser.driver().getCurrentUrl()).endsWith("?org=" + org + "#/clients/" + CLIENT);
        assertFiguresEqualTheApi(40);
        assertThat(figureText("/clients/" + CLIENT + "/patterns", "/sidetrackFrequency")).isEqualTo("2.5");
        assertThat(figureText("/clients/" + CLIENT + "/patterns", "/sessions/3/onAgreedTopicShare")).isEqualTo("91 %");
        assertThat(figureText("/clients/" + CLIENT + "/patterns", "/sessions/1/onAgreedTopicShare")).isEqualTo("—");
        assertThat(browser.driver().findElement(By.cssSelector("canvas[role=img]")).getAttribute("aria-label")).contains("table");
        browser.screenshot("client");

        browser.script("window.notReloaded = true");
        topics.publish(AnalyticsMother.session(org, CLIENT, COACH, "session-live")
                .scheduled(Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-27T10:00:00Z"))
                .started(Instant.parse("2026-11-27T10:00:00Z"))
                .contracted(Instant.parse("2026-11-27T10:02:00Z"), TEAM)
                .shift(Instant.parse("2026-11-27T10:20:00Z"), "live-shift", "Budget", "CLIENT")
                .reContract(Instant.parse("2026-11-27T10:25:00Z"), "live-shift", "CONNECTED_TO_AGREED", TEAM)
                .ended(Instant.parse("2026-11-27T11:00:00Z"), "ACHIEVED").events());

        awaitPage("the figures with the new session", () -> "3".equals(figureValue("/clients/" + CLIENT + "/patterns", "/sessionsEnded")));
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-session=session-live] .timeline-bar"))).hasSize(1);
        assertThat(browser.script("return window.notReloaded === true")).isEqualTo(true);
        assertFiguresEqualTheApi(45);
        browser.screenshot("client-updated");

        browser.resize(Browser.PHONE);
        awaitPage("a layout that fits a phone's width", () ->
                ((Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue() <= 0);
        browser.screenshot("client-phone");
        browser.resize(Browser.LAPTOP);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void showsACoachAsTheApiGivesIt() {
        Browser browser = browser();
        String org = uniqueOrg();
        publishAndAwait(org);
        browser.driver().get(url("/?org=" + org + "#/"));
        awaitPage("the coaches of the overview", () -> !browser.driver().findElements(By.linkText(COACH)).isEmpty());

        browser.driver().findElement(By.linkText(COACH)).click();
        awaitPage("the figures of the coach", () -> figureValue("/coaches/" + COACH + "/patterns", "/reContractRate") != null);
        assertFiguresEqualTheApi(12);
        assertThat(figureText("/coaches/" + COACH + "/patterns", "/reContractRate")).isEqualTo("80 %");
        assertThat(figureText("/coaches/" + COACH + "/patterns", "/sessionsEnded")).isEqualTo("3");
        browser.screenshot("coach");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private List<String> clientRows() {
        return browser().driver().findElements(By.cssSelector(".org-clients tbody tr th")).stream().map(WebElement::getText).toList();
    }

    private String sortOf(String column) {
        return browser().driver().findElement(By.cssSelector(".org-clients th[data-column=" + column + "]")).getAttribute("aria-sort");
    }

    /** Waits for the page to show something; if it never does, keeps a screenshot and tells what the page said instead. */
    /** Waits for the page to show something; an element replaced by the page's own refresh mid-check just means look again. */
    private void awaitPage(String what, Callable<Boolean> shown) {
        try {
            await().atMost(PATIENCE).ignoreException(StaleElementReferenceException.class).until(shown);
        } catch (ConditionTimeoutException e) {
            Path screenshot = browser().screenshot("failed-" + what.replace(' ', '-'));
            throw new AssertionError("The page did not show " + what + " within " + PATIENCE + "; screenshot " + screenshot
                    + ", console " + browser().consoleErrors() + ", page text:\n" + browser().script("return document.body.innerText"), e);
        }
    }

    /** Every figure on the page against the API answer it names, value for value; the page must show at least {@code atLeast}. */
    @SuppressWarnings("unchecked")
    private void assertFiguresEqualTheApi(int atLeast) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<Map<String, String>> figures = (List<Map<String, String>>) browser().script(
                    "return [...document.querySelectorAll('main data[data-pointer]')].map(figure => ({"
                            + "source: figure.dataset.source, pointer: figure.dataset.pointer, value: figure.value, text: figure.textContent}))");
            assertThat(figures).hasSizeGreaterThanOrEqualTo(atLeast);
            Map<String, JsonNode> answers = new HashMap<>();
            for (Map<String, String> figure : figures) {
                JsonNode answer = answers.computeIfAbsent(figure.get("source"), source -> api().get(source).json());
                JsonNode expected = answer.at(figure.get("pointer"));
                String where = figure.get("source") + " " + figure.get("pointer");
                assertThat(expected.isMissingNode()).as(where + " exists in the API's answer").isFalse();
                if (expected.isNull()) {
                    assertThat(figure.get("value")).as(where).isEmpty();
                    assertThat(figure.get("text")).as(where).isEqualTo("—");
                } else {
                    assertThat(new BigDecimal(figure.get("value"))).as(where).isEqualByComparingTo(expected.decimalValue());
                }
            }
        });
    }

    private String figureValue(String sourcePath, String pointer) {
        List<WebElement> figures = figures(sourcePath, pointer);
        return figures.isEmpty() ? null : figures.getFirst().getAttribute("value");
    }

    /** The text a reader sees for the figure (where it is on the page more than once, the first place it is visible). */
    private String figureText(String sourcePath, String pointer) {
        return figures(sourcePath, pointer).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().getText();
    }

    private List<WebElement> figures(String sourcePath, String pointer) {
        return browser().driver().findElements(By.cssSelector("main data[data-pointer='" + pointer + "']")).stream()
                .filter(figure -> figure.getAttribute("data-source").contains(sourcePath))
                .toList();
    }

    /** {@link AnalyticsMother#twoOrganisations}, waited for until the last event of each client's script shows in the API. */
    private void publishAndAwait(String org) {
        topics.publish(AnalyticsMother.twoOrganisations(org, uniqueOrg()));
        await().atMost(PATIENCE).until(() -> api().get("/api/v1/orgs/" + org + "/clients/" + CLIENT + "/patterns").json(),
                patterns -> patterns.path("sessionsPage").path("totalElements").asLong() == 4
                        && patterns.path("sessions").path(0).path("topicShifts").asLong() == 1
                        && patterns.path("prepForms").path("missed").asLong() == 1
                        && patterns.path("prepForms").path("submitted").asLong() == 2);
        await().atMost(PATIENCE).until(() -> api().get("/api/v1/orgs/" + org + "/overview").json(),
                overview -> overview.path("coaches").path(0).path("sessionsEnded").asLong() == 3);
    }

    private static Browser browser() {
        if (browser == null) {
            browser = Browser.start();
        }
        return browser;
    }

    private HttpResponse<String> http(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private Api api() {
        return new Api(port);
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
