package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.localstack.demo.ClientCredentialsTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The coach's console in a real browser against the real local stack ({@code ./run-local.sh --fresh --demo}): coach-1
 * signs in at the local issuer's form and records the article's session by clicks and keys only, logged afterwards
 * with each step's time — check-in, agreement, the piece, the two shifts and their re-contracts, the end — and the
 * analytics API then answers exactly METRICS.md's worked example for it. Once on a laptop, once on a tablet; axe-core
 * finds no serious or critical accessibility violation before, during and after; screenshots in
 * {@code target/screenshots/}.
 */
class CoachConsoleIT {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final String CONSOLE = "http://localhost:8081";
    private static final String ISSUER = "http://localhost:9000";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDirectory;

    private static Process stack;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void startTheStackAndABrowser() throws Exception {
        browser = ConsoleBrowser.start(ISSUER);
        Path log = dataDirectory.resolve("run-local.out");
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        REPOSITORY.resolve("run-local.sh").toString(),
                        "--fresh",
                        "--demo",
                        "--data-dir",
                        dataDirectory.toString())
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        stack = builder.start();
        await().atMost(Duration.ofMinutes(6))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String printed = Files.readString(log);
                    if (!stack.isAlive()) {
                        throw new AssertionError("run-local.sh ended early:\n" + printed);
                    }
                    return printed.contains("Throughline is running.");
                });
    }

    @AfterAll
    static void stopTheBrowserAndTheStack() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (stack != null && stack.isAlive()) {
            new ProcessBuilder("kill", "-INT", Long.toString(stack.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (!stack.waitFor(90, TimeUnit.SECONDS)) {
                stack.destroyForcibly();
            }
        }
    }

    @AfterEach
    void signOutEverywhere() {
        browser.driver().manage().deleteAllCookies();
        browser.consoleErrors();
    }

    @Test
    void aCoachLogsTheArticlesSessionOnALaptopAndAnalyticsAnswersTheWorkedExample() throws Exception {
        String sessionId = recordTheArticlesSession(
                "laptop", ConsoleBrowser.LAPTOP, LocalDate.now().minusDays(1));
        assertAnalyticsAnswersTheWorkedExample(sessionId);
        assertThePageKeepsItsPolicyAndNoTokenInTheBrowser();
    }

    @Test
    void theSameOnATablet() {
        String sessionId = recordTheArticlesSession(
                "tablet", ConsoleBrowser.TABLET, LocalDate.now().minusDays(2));
        assertThat((Long) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("nothing wider than the tablet's window")
                .isLessThanOrEqualTo(0L);
        assertAnalyticsAnswersTheWorkedExample(sessionId);
    }

    @Test
    void aCoachRunsASessionLiveWithTheKeyboardForANewClient() throws Exception {
        browser.resize(ConsoleBrowser.TABLET);
        signIn("coach-1");
        waitFor("my sessions", () -> heading().equals("My sessions"));
        LocalDateTime now = LocalDateTime.now();
        type("schedule-clientId", "walk-in-client");
        type("schedule-date", now.toLocalDate().toString());
        type("schedule-time", String.format("%02d:%02d", now.getHour(), now.getMinute()));
        browser.driver().findElement(By.id("schedule-time")).sendKeys(Keys.ENTER);
        waitFor("the scheduled session", () -> heading().equals("Session with walk-in-client"));
        assertThat(browser.driver().findElement(By.id("mode-mode-live")).isSelected())
                .as("a session still to come is run live")
                .isTrue();
        assertThat(browser.driver().findElement(By.id("before")).getText())
                .as("a new client has no sidetrack topics (and, until analytics has seen the session, no figures)")
                .containsAnyOf("No figures for this client yet", "No topic has come up as a sidetrack more than once");

        click("start-submit");
        waitFor("the check-in with focus on its first answer", () -> "checkin-readiness-READY".equals(focused()));
        String clock = text("clock");
        Thread.sleep(1500);
        assertThat(text("clock")).as("the clock runs").isNotEqualTo(clock);
        active().sendKeys(Keys.SPACE);
        active().sendKeys(Keys.TAB);
        assertThat(focused()).isEqualTo("checkin-note");
        active().sendKeys("Fine, ready to go");
        active().sendKeys(Keys.TAB);
        assertThat(focused()).isEqualTo("checkin-submit");
        active().sendKeys(Keys.ENTER);
        waitFor("the agreement with focus on its topic", () -> "agreement-topic".equals(focused()));
        active().sendKeys("Delegating more", Keys.ENTER);
        waitFor("the topic shift control with focus", () -> "shift-topic".equals(focused()));
        active().sendKeys("Saying no to my boss", Keys.ENTER);
        waitFor("the open shift's first answer focused", () -> focused().endsWith("-CONNECTED_TO_AGREED"));
        assertThat(browser.driver().findElement(By.id("on-topic")).getText())
                .contains("An open shift counts as off topic");
        browser.screenshot("console-live-open-shift");
        active().sendKeys(Keys.TAB);
        assertThat(focused()).endsWith("-ADOPT_NEW_TOPIC");
        active().sendKeys(Keys.ENTER);
        waitFor("the adopted topic", () -> text("agreed-topic").equals("Saying no to my boss"));

        browser.driver()
                .findElement(By.cssSelector("label[for=end-progress-PARTLY]"))
                .click();
        click("end-submit");
        waitFor("the ended session", () -> present("ended"));
        browser.screenshot("console-live-ended");
        assertThat(browser.consoleErrors())
                .as("at most the new client's figures, missing until analytics has seen the session")
                .allSatisfy(error -> assertThat(error).contains("/clients/walk-in-client/patterns", "404"));
    }

    /** Coach-1 schedules a session of coachee-1 on {@code day} at 10:00 and logs it as the article tells it. */
    private String recordTheArticlesSession(String device, Dimension size, LocalDate day) {
        browser.resize(size);
        signIn("coach-1");
        waitFor("my sessions", () -> heading().equals("My sessions"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-prep-form-state]")))
                .as("each listed session shows its prep-form state")
                .isNotEmpty();
        browser.screenshot("console-" + device + "-1-my-sessions");
        assertNoSeriousAccessibilityViolation("my sessions");

        type("schedule-clientId", "coachee-1");
        type("schedule-date", day.toString());
        type("schedule-time", "10:00");
        type("schedule-plannedMinutes", "60");
        click("schedule-submit");
        waitFor("the scheduled session", () -> heading().equals("Session with coachee-1"));
        String sessionId = browser.driver().getCurrentUrl().replaceFirst(".*#/sessions/", "");
        if (!browser.driver().findElement(By.id("mode-mode-log")).isSelected()) {
            browser.driver()
                    .findElement(By.cssSelector("label[for=mode-mode-log]"))
                    .click();
        }
        waitFor("the session's date to log it", () -> value("log-date").equals(day.toString()));
        assertThat(browser.driver().findElement(By.id("prep-form")).getText()).contains("Prep form");
        browser.screenshot("console-" + device + "-2-before-the-session");
        assertNoSeriousAccessibilityViolation("before the session");

        step("start", "10:00", () -> {});
        waitFor("the running session", () -> status().equals("IN_PROGRESS"));
        step("checkin", "10:00", () -> {
            browser.driver()
                    .findElement(By.cssSelector("label[for=checkin-readiness-NEEDS_TO_OFFLOAD]"))
                    .click();
            type("checkin-note", "“OK.” Wants to get the team's story off his chest.");
        });
        waitFor("the agreement's form", () -> present("agreement-topic"));

        type("agreement-topic", "The dysfunctional dynamics on his team");
        browser.driver().navigate().refresh();
        waitFor("the console after a reload", () -> present("agreement-topic"));
        assertThat(value("agreement-topic"))
                .as("what was typed survives a reload")
                .isEqualTo("The dysfunctional dynamics on his team");
        step("agreement", "10:03", () -> {
            type("agreement-successMeasure", "A few solutions to try with the team");
            type("agreement-importance", "The team's tension costs him sleep");
            type("agreement-toAddress", "What the team needs from him");
        });
        waitFor("the topic shift control", () -> present("shift-topic"));

        step("piece", "10:33", () -> {
            type("piece-summary", "Paraphrased the team's dynamics; he confirmed with a couple of tweaks");
            type("piece-nextStep", "Brainstorm solutions");
        });
        waitFor("the piece", () -> recorded().contains("next: Brainstorm solutions"));

        type("shift-at", "10:40");
        type("shift-topic", "A challenge with his boss");
        browser.driver().findElement(By.id("shift-topic")).sendKeys(Keys.ENTER);
        WebElement openShift = waitForOpenShift("A challenge with his boss");
        browser.screenshot("console-" + device + "-3-during-an-open-shift");
        assertNoSeriousAccessibilityViolation("during the session, with an open shift");

        String shiftForm = openShift.getAttribute("id");
        type(shiftForm + "-at", "10:39");
        click(shiftForm + "-RETURN_TO_AGREED");
        waitFor(
                "the refusal explained at the time",
                () -> text(shiftForm + "-at-error").contains("earlier than the step recorded before"));
        assertThat(browser.driver().findElement(By.id(shiftForm + "-at")).getAttribute("aria-describedby"))
                .contains(shiftForm + "-at-error");
        type(shiftForm + "-at", "10:45");
        click(shiftForm + "-RETURN_TO_AGREED");
        waitFor("the first re-contract", () -> recorded().contains("back to the agreed topic"));

        type("shift-at", "10:52");
        type("shift-topic", "A tough patch with a peer");
        click("shift-submit");
        String second = waitForOpenShift("A tough patch with a peer").getAttribute("id");
        type(second + "-at", "10:55");
        click(second + "-CONNECTED_TO_AGREED");
        waitFor("the second re-contract", () -> recorded().contains("connected to the agreed topic"));

        step("end", "11:00", () -> {
            browser.driver()
                    .findElement(By.cssSelector("label[for=end-progress-ACHIEVED]"))
                    .click();
            type("end-clientFeedback", "Thanks for keeping me on track");
        });
        waitFor("the ended session", () -> present("ended"));
        WebElement onTopic = browser.driver().findElement(By.id("on-topic"));
        assertThat(onTopic.getAttribute("data-on-topic-minutes")).isEqualTo("52");
        assertThat(onTopic.getAttribute("data-total-minutes")).isEqualTo("57");
        assertThat(browser.driver().findElement(By.id("dashboard-link")).getAttribute("href"))
                .isEqualTo("http://localhost:8083/#/clients/coachee-1");
        browser.screenshot("console-" + device + "-4-after-the-end");
        assertNoSeriousAccessibilityViolation("after the end");
        assertThat(browser.consoleErrors())
                .as("what the console logged as errors: only the 409 it explained")
                .allSatisfy(error -> assertThat(error).contains("409"));
        return sessionId;
    }

    /** METRICS.md's worked example, as the analytics API answers it for the session (a token of coach-1). */
    private static void assertAnalyticsAnswersTheWorkedExample(String sessionId) {
        ClientCredentialsTokens coach =
                new ClientCredentialsTokens(URI.create(ISSUER + "/oauth2/token"), "coach-1", "demo-secret");
        JsonNode row = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> sessionRow(coach, sessionId),
                        found -> found != null && found.path("status").asText().equals("ENDED"));
        assertThat(row.path("topicShifts").asInt()).isEqualTo(2);
        assertThat(row.path("minutesToAgreement").asDouble()).isEqualTo(3.0);
        assertThat(row.path("onAgreedTopicShare").asDouble()).isCloseTo(52.0 / 57.0, within(1e-9));
    }

    private static JsonNode sessionRow(ClientCredentialsTokens coach, String sessionId) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:8083/api/v1/orgs/demo/clients/coachee-1/patterns"))
                        .header("Authorization", "Bearer " + coach.get())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode row : JSON.readTree(answer.body()).path("sessions")) {
            if (row.path("sessionId").asText().equals(sessionId)) {
                return row;
            }
        }
        return null;
    }

    /** The page's own answer, fetched with the browser's session cookie: its policy; and nothing in localStorage. */
    private static void assertThePageKeepsItsPolicyAndNoTokenInTheBrowser() throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("THROUGHLINE_SESSIONS_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(URI.create(CONSOLE + "/"))
                        .header("Cookie", session.getName() + "=" + session.getValue())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains(
                                "default-src 'self'",
                                "script-src 'self'",
                                "connect-src 'self'",
                                "form-action 'self' " + ISSUER));
        assertThat(browser.script("return localStorage.length")).isEqualTo(0L);
        assertThat((String) browser.script("return JSON.stringify(Object.values(sessionStorage))"))
                .as("no token among the drafts")
                .doesNotContain("eyJ");
    }

    private static void signIn(String username) {
        browser.driver().get(CONSOLE + "/");
        await().atMost(PATIENCE).until(() -> browser.driver().getCurrentUrl().startsWith(ISSUER + "/login"));
        browser.driver().findElement(By.name("username")).sendKeys(username);
        browser.driver().findElement(By.name("password")).sendKeys("demo", Keys.ENTER);
        waitFor(
                "the console, signed in as " + username,
                () -> browser.driver().getCurrentUrl().startsWith(CONSOLE)
                        && browser.driver().findElement(By.id("signed-in")).isDisplayed());
    }

    /** A step logged afterwards: its fields, its time, and its button. */
    private static void step(String form, String time, Runnable fill) {
        waitFor("the " + form + " step", () -> present(form + "-submit"));
        fill.run();
        type(form + "-at", time);
        click(form + "-submit");
        waitFor(
                "the " + form + " step recorded",
                () -> !present(form + "-at") || value(form + "-at").isEmpty());
    }

    private static WebElement waitForOpenShift(String topic) {
        waitFor(
                "the open shift " + topic,
                () -> browser.driver().findElements(By.cssSelector("form.open-shift")).stream()
                        .anyMatch(form -> form.getText().contains(topic)));
        return browser.driver().findElements(By.cssSelector("form.open-shift")).stream()
                .filter(form -> form.getText().contains(topic))
                .findFirst()
                .orElseThrow();
    }

    private static void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private static WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private static String focused() {
        return active().getAttribute("id");
    }

    private static void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    private static boolean present(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    private static String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static String text(String id) {
        List<WebElement> found = browser.driver().findElements(By.id(id));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    private static String heading() {
        List<WebElement> headings = browser.driver().findElements(By.cssSelector("main h1"));
        return headings.isEmpty() ? "" : headings.getFirst().getText();
    }

    private static String status() {
        List<WebElement> status = browser.driver().findElements(By.id("session-status"));
        return status.isEmpty() ? "" : status.getFirst().getAttribute("data-status");
    }

    private static String recorded() {
        return text("recorded");
    }

    private static void assertNoSeriousAccessibilityViolation(String where) {
        assertThat(browser.seriousAccessibilityViolations())
                .as("axe-core: " + where)
                .isEmpty();
    }

    /** Waits for the page to show something; if it never does, keeps a screenshot and tells what the page said. */
    private static void waitFor(String what, Callable<Boolean> shown) {
        try {
            await().atMost(PATIENCE)
                    // the page re-renders after each step: an element may go between finding and reading it
                    .ignoreExceptionsMatching(
                            e -> e instanceof StaleElementReferenceException || e instanceof NoSuchElementException)
                    .until(shown);
        } catch (ConditionTimeoutException e) {
            Path screenshot = browser.screenshot("console-failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError(
                    "The console did not show " + what + " within " + PATIENCE + "; screenshot " + screenshot + ", at "
                            + browser.driver().getCurrentUrl() + ", console " + browser.consoleErrors()
                            + ", page text:\n" + browser.script("return document.body.innerText"),
                    e);
        }
    }
}
