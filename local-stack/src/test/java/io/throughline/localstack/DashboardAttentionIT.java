package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.localstack.prepform.ChromiumBrowser;
import io.throughline.localstack.prepform.DemoIdentity;
import io.throughline.localstack.prepform.LocalStackRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's "Needs attention" in a real browser against the real local stack ({@code ./run-local.sh --fresh
 * --demo}): the demo's coachee-1, who keeps parking the boss, is flagged; the supervisor sees the flag's
 * sentence, filters by rule and coach, opens a session behind it and comes back, acknowledges it with a note (it
 * leaves the default list; shown with who and when among all), gives feedback and undoes the acknowledgement; then
 * coach-1 sees the same flag on their own page, read only. What the page did is checked against the API. Screenshots at a laptop's and a 360 px phone's width go to
 * {@code target/screenshots/}.
 */
class DashboardAttentionIT {

    private static final String DASHBOARD = ParkedTopicFlag.DASHBOARD;
    private static final String ORG = ParkedTopicFlag.ORG;
    private static final String CLIENT = ParkedTopicFlag.CLIENT;
    private static final String RULE = ParkedTopicFlag.RULE;
    private static final String TOPIC = ParkedTopicFlag.TOPIC;
    private static final String NOTE = "Talked to coach-1; they will raise it next time";
    private static final String FLAG =
            "li.attention-person[data-subject='client/" + CLIENT + "'] li.flag[data-rule='" + RULE + "']";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDirectory;

    private static ChromiumBrowser browser;
    private static LocalStackRun stack;

    @BeforeAll
    static void startABrowserAndTheStack() throws Exception {
        browser = ChromiumBrowser.start(ChromiumBrowser.DESKTOP);
        stack = LocalStackRun.startWithDemo(dataDirectory);
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aSupervisorSeesAParkedTopicFlagOpensItsSessionAcknowledgesItAndSaysItWasUseful() throws Exception {
        DemoIdentity supervisor = new DemoIdentity("demo-supervisor");
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> supervisor
                                .get(DASHBOARD + ORG + "/attention?rule=" + RULE)
                                .toString(),
                        answer -> answer.contains("\"subjectId\":\"" + CLIENT + "\""));
        List<String> sessions = ParkedTopicFlag.evidence(supervisor);

        signIn("demo-supervisor");
        waitFor(
                "the parked topic's flag",
                () -> !browser.driver().findElements(By.cssSelector(FLAG)).isEmpty());
        assertThat(firstSection()).as("the overview opens with it").isEqualTo("Needs attention");
        assertThat(text(FLAG + " .sentence"))
                .isEqualTo(ParkedTopicFlag.flagOf(supervisor, "rule=" + RULE)
                        .path("sentence")
                        .asText())
                .startsWith("\"" + TOPIC + "\" was parked in ")
                .endsWith(" of " + CLIENT + "'s last 6 sessions");
        assertThat(text(FLAG + " .since")).startsWith("Raised after the session of ");
        assertThat(browser.driver().findElements(By.cssSelector(FLAG + " .evidence a[data-session]")).stream()
                        .map(link -> link.getAttribute("data-session"))
                        .toList())
                .containsExactlyElementsOf(sessions);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("li.attention-person[data-subject='client/" + CLIENT + "'] h3 a"))
                        .getAttribute("href"))
                .endsWith("#/clients/" + CLIENT);
        assertThat(subjectsShown())
                .containsExactlyInAnyOrderElementsOf(ParkedTopicFlag.subjects(supervisor, "acknowledged=false"));
        browser.screenshot("attention-overview");
        assertThat(browser.seriousAccessibilityViolations())
                .as("axe-core on the overview")
                .isEmpty();

        new Select(browser.driver().findElement(By.id("attention-rule"))).selectByValue(RULE);
        waitFor(
                "only parked-topic flags",
                () -> browser.driver().findElements(By.cssSelector("li.flag")).stream()
                        .allMatch(flag -> RULE.equals(flag.getAttribute("data-rule"))));
        assertThat(subjectsShown())
                .containsExactlyInAnyOrderElementsOf(
                        ParkedTopicFlag.subjects(supervisor, "acknowledged=false&rule=" + RULE));
        new Select(browser.driver().findElement(By.id("attention-coach"))).selectByValue("coach-2");
        waitFor(
                "no one of coach-2's with a parked topic",
                () -> subjectsShown()
                        .equals(ParkedTopicFlag.subjects(
                                supervisor, "acknowledged=false&rule=" + RULE + "&coachId=coach-2")));
        assertThat(subjectsShown()).doesNotContain("client/" + CLIENT);
        new Select(browser.driver().findElement(By.id("attention-coach"))).selectByValue("");
        waitFor(
                "the flag again",
                () -> !browser.driver().findElements(By.cssSelector(FLAG)).isEmpty());

        browser.driver()
                .findElement(By.cssSelector(FLAG + " .evidence a[data-session='" + sessions.getFirst() + "']"))
                .click();
        waitFor(
                "the session's timeline",
                () -> heading().equals("Session " + sessions.getFirst())
                        && !browser.driver()
                                .findElements(By.cssSelector(".timeline-bar"))
                                .isEmpty());
        assertThat(text(".shift-list")).contains(TOPIC);
        browser.screenshot("attention-session");
        browser.driver().navigate().back();
        waitFor(
                "the overview again",
                () -> !browser.driver().findElements(By.cssSelector(FLAG)).isEmpty());

        WebElement summary = browser.driver().findElement(By.cssSelector(FLAG + " .acknowledge summary"));
        summary.sendKeys(Keys.ENTER);
        browser.driver()
                .findElement(By.cssSelector(FLAG + " .acknowledge textarea"))
                .sendKeys(NOTE);
        browser.driver()
                .findElement(By.cssSelector(FLAG + " .acknowledge button[type=submit]"))
                .click();
        waitFor(
                "the flag gone from the unacknowledged list",
                () -> browser.driver().findElements(By.cssSelector(FLAG)).isEmpty());
        waitFor(
                "focus on the section's heading, the button being gone",
                () -> "id-attention-heading"
                        .equals(browser.driver().switchTo().activeElement().getAttribute("id")));
        assertThat(text("#attention-notice")).startsWith("Acknowledged “\"" + TOPIC + "\" was parked");
        JsonNode acknowledged = ParkedTopicFlag.flagOf(supervisor, "acknowledged=true");
        assertThat(acknowledged.path("acknowledgement").path("note").asText()).isEqualTo(NOTE);

        browser.driver().findElement(By.id("attention-acknowledged")).sendKeys(Keys.SPACE);
        waitFor(
                "the acknowledged flag",
                () -> !browser.driver()
                        .findElements(By.cssSelector(FLAG + " .acknowledgement"))
                        .isEmpty());
        assertThat(text(FLAG + " .acknowledgement"))
                .startsWith("Acknowledged by "
                        + acknowledged.path("acknowledgement").path("by").asText() + " on ")
                .contains(NOTE);

        browser.driver()
                .findElement(By.cssSelector(FLAG + " .feedback-button[id*='useful']:not([id*='not-useful'])"))
                .sendKeys(Keys.ENTER);
        waitFor(
                "the feedback shown as chosen",
                () -> "true"
                        .equals(browser.driver()
                                .findElement(By.cssSelector(
                                        FLAG + " .feedback-button[id*='useful']:not([id*='not-useful'])"))
                                .getAttribute("aria-pressed")));
        assertThat(ParkedTopicFlag.flagOf(supervisor, "acknowledged=any")
                        .path("feedback")
                        .path("useful")
                        .asBoolean())
                .isTrue();
        assertThat(text(FLAG + " .feedback-state")).startsWith("Marked useful by ");
        browser.screenshot("attention-acknowledged");

        browser.resize(ChromiumBrowser.PHONE);
        waitFor(
                "a layout that fits 360 px",
                () -> ((Number)
                                        browser.script(
                                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                                .intValue()
                        <= 0);
        browser.screenshot("attention-phone");
        assertThat(browser.seriousAccessibilityViolations())
                .as("axe-core at 360 px")
                .isEmpty();
        browser.resize(ChromiumBrowser.DESKTOP);

        browser.driver()
                .findElement(By.cssSelector(FLAG + " .acknowledgement button"))
                .click();
        waitFor(
                "the flag without its acknowledgement",
                () -> browser.driver()
                        .findElements(By.cssSelector(FLAG + " .acknowledgement"))
                        .isEmpty());
        JsonNode undone =
                ParkedTopicFlag.flagOf(supervisor, "acknowledged=false").path("acknowledgement");
        assertThat(undone.isNull() || undone.isMissingNode())
                .as("no acknowledgement")
                .isTrue();
        assertThat(browser.consoleErrors()).as("what the page logged as errors").isEmpty();

        browser.driver().manage().deleteAllCookies();
        signIn("coach-1");
        waitFor(
                "the coach's own page with the flag",
                () -> !browser.driver().findElements(By.cssSelector(FLAG)).isEmpty());
        assertThat(heading()).isEqualTo("Coach coach-1");
        assertThat(subjectsShown())
                .containsExactlyInAnyOrderElementsOf(
                        ParkedTopicFlag.subjects(new DemoIdentity("coach-1"), "acknowledged=false"));
        assertThat(browser.driver().findElements(By.cssSelector(".attention button, .attention .acknowledge")))
                .as("a coach only reads")
                .isEmpty();
        assertThat(browser.driver().findElements(By.id("attention-coach"))).isEmpty();
        browser.screenshot("attention-coach");
        assertThat(browser.consoleErrors()).as("what the page logged as errors").isEmpty();
    }

    private static List<String> subjectsShown() {
        return browser.driver().findElements(By.cssSelector("li.attention-person")).stream()
                .map(person -> person.getAttribute("data-subject"))
                .toList();
    }

    private static String firstSection() {
        return browser.driver().findElement(By.cssSelector("main section h2")).getText();
    }

    private static String heading() {
        List<WebElement> headings = browser.driver().findElements(By.cssSelector("main h1"));
        return headings.isEmpty() ? "" : headings.getFirst().getText();
    }

    private static String text(String css) {
        return browser.driver()
                .findElement(By.cssSelector(css))
                .getText()
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static void signIn(String username) {
        browser.driver().get(DASHBOARD + "/");
        await().atMost(PATIENCE)
                .until(() -> browser.driver().getCurrentUrl().startsWith(DemoIdentity.ISSUER + "/login"));
        browser.driver().findElement(By.name("username")).sendKeys(username);
        browser.driver().findElement(By.name("password")).sendKeys("demo", Keys.ENTER);
        waitFor(
                "the dashboard, signed in as " + username,
                () -> browser.driver().getCurrentUrl().startsWith(DASHBOARD)
                        && browser.driver().findElement(By.id("signed-in")).isDisplayed());
    }

    /** Waits for the page to show something; if it never does, keeps a screenshot and tells what the page said. */
    private static void waitFor(String what, Callable<Boolean> shown) {
        try {
            await().atMost(PATIENCE)
                    .ignoreException(StaleElementReferenceException.class)
                    .until(shown);
        } catch (ConditionTimeoutException e) {
            Path screenshot = browser.screenshot("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError(
                    "The page did not show " + what + " within " + PATIENCE + "; screenshot " + screenshot + ", at "
                            + browser.driver().getCurrentUrl() + ", console " + browser.consoleErrors()
                            + ", page text:\n" + browser.script("return document.body.innerText"),
                    e);
        }
    }
}
