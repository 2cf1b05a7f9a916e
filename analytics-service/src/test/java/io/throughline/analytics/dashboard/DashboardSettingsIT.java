package io.throughline.analytics.dashboard;

import static io.throughline.analytics.TrendsExampleMother.CLIENT;
import static io.throughline.analytics.TrendsExampleMother.COACH;
import static io.throughline.analytics.TrendsExampleMother.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.throughline.analytics.Api;
import io.throughline.analytics.history.TrendsFixture;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.TestIssuer;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The analytics settings page (#/settings) in headless Chromium on METRICS.md's worked example: the org-admin signs
 * in (at the test issuer, without a form), changes OFF_AGREED_TOPIC's raise threshold to 0.75 and SILENT_DRIFT's to
 * 0.20, sees the preview say which two flags that would raise, saves, and finds the values kept after a reload; a
 * value out of range shows the API's message next to its field. A supervisor reads the page and previews, without
 * Save. On a desktop and at 360 px, with screenshots; METRICS.md's defaults are put back after each test.
 */
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // The same as AnalyticsServiceIT's, so all run in one application context.
            "throughline.analytics.database=analytics-service-it",
            "throughline.analytics.projection.consumer-group=analytics-service-it",
            "throughline.analytics.projection.poll-timeout=100ms"
        })
class DashboardSettingsIT {

    private static final String SETTINGS = "/api/v1/orgs/" + ORG + "/analytics-settings";
    private static final String OFF_TOPIC = "id-setting-rules_OFF_AGREED_TOPIC_raiseBelow";
    private static final String DRIFT = "id-setting-rules_SILENT_DRIFT_raiseAtLeast";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final TestIssuer ISSUER = TestIssuer.get();
    private static HeadlessChromium browser;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startTheBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopTheBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void workedExample(TestInfrastructure infrastructure) throws Exception {
        TrendsFixture.publishOnce(infrastructure, port);
        TrendsFixture.zone(port, "Europe/Amsterdam");
    }

    /** METRICS.md's defaults, as an organisation that never set any has them, for the other tests. */
    @AfterEach
    void defaults() {
        browser.driver().manage().deleteAllCookies();
        browser.viewport(1280, 900, false);
        JsonNode defaults = new Api(port)
                .get("/api/v1/orgs/never-configured/analytics-settings")
                .json()
                .path("rules");
        Api.Response put = TrendsFixture.orgAdmin(port).put(SETTINGS, "{\"rules\":" + defaults + "}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }

    @Test
    void theOrgAdminPreviewsSavesAndKeepsNewThresholdsAndSeesAFieldsError() {
        signIn(new TestIssuer.Person("admin@" + ORG, ORG, List.of("org-admin"), null, null));
        openSettings();

        type(OFF_TOPIC, "0.75");
        type(DRIFT, "0.20");

        waitFor("the preview's counts", () -> text("preview-counts").equals("Would raise 2, would clear 0."));
        assertThat(input("preview-counts").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.driver().findElements(By.cssSelector("#preview-raised li")))
                .extracting(item -> item.getAttribute("data-subject"), item -> item.getAttribute("data-rule"))
                .containsExactly(tuple(CLIENT, "OFF_AGREED_TOPIC"), tuple(COACH, "SILENT_DRIFT"));
        assertThat(text("preview-raised"))
                .contains("coachee-1 spent 0.749 of the last 3 sessions on the agreed topic or connected context");
        browser.screenshot("settings-admin-preview-desktop");

        browser.driver().findElement(By.id("settings-save")).click();
        waitFor("saved", () -> text("settings-save-status").startsWith("Saved."));
        assertThat(text("settings-changed")).startsWith("Last saved by admin@" + ORG + " on ");
        JsonNode stored = TrendsFixture.orgAdmin(port).get(SETTINGS).json().path("rules");
        assertThat(stored.path("OFF_AGREED_TOPIC").path("raiseBelow").asDouble())
                .isEqualTo(0.75);
        assertThat(stored.path("SILENT_DRIFT").path("raiseAtLeast").asDouble()).isEqualTo(0.20);

        browser.driver().navigate().refresh();
        waitFor(
                "the form again",
                () -> !browser.driver().findElements(By.id(OFF_TOPIC)).isEmpty());
        assertThat(Double.parseDouble(input(OFF_TOPIC).getDomProperty("value"))).isEqualTo(0.75);
        assertThat(Double.parseDouble(input(DRIFT).getDomProperty("value"))).isEqualTo(0.20);
        assertThat(text("settings-changed")).startsWith("Last saved by admin@" + ORG);

        type(OFF_TOPIC, "1.5");
        waitFor(
                "the field's error",
                () -> text("id-error-rules_OFF_AGREED_TOPIC_raiseBelow").contains("must be from 0 to 1"));
        assertThat(input(OFF_TOPIC).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input(OFF_TOPIC).getAttribute("aria-describedby"))
                .contains("id-error-rules_OFF_AGREED_TOPIC_raiseBelow");
        browser.driver().findElement(By.id("settings-save")).click();
        waitFor("not saved", () -> text("settings-save-status").startsWith("Not saved"));
        assertThat(TrendsFixture.orgAdmin(port)
                        .get(SETTINGS)
                        .json()
                        .path("rules")
                        .path("OFF_AGREED_TOPIC")
                        .path("raiseBelow")
                        .asDouble())
                .isEqualTo(0.75);
        browser.screenshot("settings-admin-field-error-desktop");

        browser.viewport(360, 740, true);
        waitFor("the phone's layout", () -> !browser.overflowsSideways());
        browser.screenshot("settings-admin-field-error-360");
    }

    @Test
    void aSupervisorReadsThemAndPreviewsWithoutSaving() {
        signIn(new TestIssuer.Person("supervisor@" + ORG, ORG, List.of("supervisor"), null, null));
        browser.viewport(360, 740, true);
        openSettings();
        assertThat(browser.driver().findElements(By.id("settings-save")))
                .as("no Save")
                .isEmpty();
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".read-only-note"))
                        .getText())
                .contains("only an organisation admin can save");

        type(DRIFT, "0.2");
        waitFor("the preview's counts", () -> text("preview-counts").equals("Would raise 1, would clear 0."));
        assertThat(text("preview-raised")).contains(COACH);
        assertThat(browser.overflowsSideways())
                .as("no sideways scrolling at 360 px")
                .isFalse();
        browser.screenshot("settings-supervisor-preview-360");
    }

    private void signIn(TestIssuer.Person person) {
        ISSUER.signsIn(person);
        browser.driver().get(url("/"));
        waitFor(
                "the dashboard",
                () -> browser.driver().findElement(By.id("signed-in")).isDisplayed());
    }

    private void openSettings() {
        WebElement link = browser.driver().findElement(By.id("settings-link"));
        waitFor("the settings link", link::isDisplayed);
        link.click();
        waitFor(
                "the settings",
                () -> !browser.driver().findElements(By.id(OFF_TOPIC)).isEmpty());
        assertThat(browser.driver().getTitle()).startsWith("Analytics settings");
        assertThat(browser.driver().findElement(By.id("settings-link")).getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(browser.driver().findElements(By.cssSelector("fieldset.rule legend")))
                .hasSize(9);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("label[for='" + OFF_TOPIC + "']"))
                        .getText())
                .isEqualTo("Raise when the on-topic share is below");
    }

    private void type(String id, String value) {
        WebElement input = input(id);
        input.clear();
        input.sendKeys(value);
    }

    private WebElement input(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText().trim();
    }

    private void waitFor(String what, BooleanSupplier condition) {
        await(what).atMost(PATIENCE).ignoreExceptions().until(condition::getAsBoolean);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
