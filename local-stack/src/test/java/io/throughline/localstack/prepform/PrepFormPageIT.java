package io.throughline.localstack.prepform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The client's page at {@code http://localhost:8082/} in a real browser on a phone-sized window, against the real
 * local stack ({@code ./run-local.sh --fresh --demo}): coachee-1 signs in at the issuer's form, finds the form of
 * the demo's session still to come (six days ahead), answers Wendy's five questions by the keyboard, reloads,
 * submits; what the page showed is then checked against the API. Screenshots go to {@code target/screenshots/}.
 */
class PrepFormPageIT {

    private static final String FORMS = PrepFormPage.URL + "/api/v1/orgs/demo/prep-forms";
    private static final String NEXT_SESSION = "demo-c1-next";
    private static final String INTENT_TYPED_ONLINE = "Plan the conversation";
    private static final String INTENT_TYPED_OFFLINE = " with Sam";
    private static final Map<String, String> ANSWERS = answers(INTENT_TYPED_ONLINE + INTENT_TYPED_OFFLINE);
    private static final Map<String, String> ANSWERS_BEFORE_GOING_OFFLINE = answers(INTENT_TYPED_ONLINE);

    @TempDir
    static Path dataDirectory;

    private static final String CONSOLE = "http://localhost:8081";

    private static ChromiumBrowser browser;
    private static LocalStackRun stack;

    @BeforeAll
    static void startABrowserAndTheStack() throws Exception {
        browser = ChromiumBrowser.start(ChromiumBrowser.PHONE);
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

    @AfterEach
    void forgetWhoWasSignedIn() {
        // Cookies do not tell the ports of localhost apart: this ends both the page's and the issuer's session.
        browser.driver().manage().deleteAllCookies();
        browser.consoleErrors();
    }

    @Test
    void aClientPreparesTheNextSessionOnAPhoneAndItArrivesOnTime() throws Exception {
        DemoIdentity client = new DemoIdentity("coachee-1");
        JsonNode requested = formOf(client, NEXT_SESSION);
        assertThat(requested.path("status").asText()).isEqualTo("REQUESTED");

        PrepFormPage page = new PrepFormPage(browser).signIn("coachee-1");
        page.waitForList();
        assertThat(page.signedInAs()).isEqualTo("coachee-1");
        assertThat(page.sessionsIn("to-prepare")).first().isEqualTo(NEXT_SESSION);
        assertThat(page.card(NEXT_SESSION).findElement(By.tagName("time")).getAttribute("datetime"))
                .as("the session's time, which is when the form is due")
                .isEqualTo(requested.path("dueBy").asText());
        assertThat(page.card(NEXT_SESSION).getText()).containsPattern("Due before the session starts, in [56] days");
        assertThat(page.badgeOf(NEXT_SESSION)).isEqualTo("Not started");
        assertThat(page.sessionsIn("sent")).contains("article-session", "demo-c1-w3");
        assertThat(page.badgeOf("article-session")).isEqualTo("Sent on time");
        assertThat(page.badgeOf("demo-c1-w3")).isEqualTo("Sent late");
        assertFitsThePhone();
        assertNoSeriousAccessibilityViolations("the list");
        browser.screenshot("prep-form-phone-list");

        page.open(NEXT_SESSION);
        assertThat(page.heading()).startsWith("Prepare for the session on");
        assertThat(page.formStatus()).isEqualTo("Not started");
        assertThat(page.prompt("wins"))
                .isEqualTo("What have I accomplished since our last session? My wins, big and little.");
        assertThat(page.prompt("notDone")).isEqualTo("What I intended to do but didn’t");
        assertThat(page.prompt("learned")).isEqualTo("What have I learned about myself and others?");
        assertThat(page.prompt("challenges")).isEqualTo("What challenges and problems do I need to address?");
        assertThat(page.prompt("sessionIntent")).isEqualTo("I want to use this coaching session to…");
        for (String key : new String[] {"wins", "notDone", "learned", "challenges"}) {
            page.type(key, ANSWERS.get(key));
        }
        page.waitUntilSaved();
        assertThat(page.formStatus()).isEqualTo("Draft saved");
        assertFitsThePhone();
        assertNoSeriousAccessibilityViolations("the form");
        browser.screenshot("prep-form-phone-draft");

        page.send();
        page.waitFor(
                "the empty intention refused", () -> page.error("sessionIntent").isDisplayed());
        assertThat(page.error("sessionIntent").getText()).startsWith("Please finish this sentence before you send");
        assertThat(page.field("sessionIntent").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.field("sessionIntent").getAttribute("aria-describedby")).contains("error-sessionIntent");
        assertThat(page.focusedId()).as("the focus on the question to answer").isEqualTo("answer-sessionIntent");
        assertThat(page.submitMessage()).startsWith("Not sent yet");
        assertThat(browser.consoleErrors())
                .as("only the API's 400 to the submission, which the browser logs")
                .singleElement()
                .satisfies(error -> assertThat(error).contains("/submit", "400"));
        JsonNode refused = formOf(client, NEXT_SESSION);
        assertThat(refused.path("status").asText()).as("nothing submitted").isEqualTo("DRAFT");
        assertThat(refused.path("submittedAt").isNull()).isTrue();
        assertThat(refused.path("answers").path("wins").asText()).isEqualTo(ANSWERS.get("wins"));
        assertNoSeriousAccessibilityViolations("the form with its error");
        browser.screenshot("prep-form-phone-intent-missing");

        page.typeIntoFocused(INTENT_TYPED_ONLINE);
        page.reload();
        page.waitFor("the form again", () -> !page.value("wins").isEmpty());
        assertThat(answersOnThePage(page))
                .as("a reload right after typing keeps every answer")
                .isEqualTo(ANSWERS_BEFORE_GOING_OFFLINE);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() ->
                        assertThat(answersOf(formOf(client, NEXT_SESSION))).isEqualTo(ANSWERS_BEFORE_GOING_OFFLINE));
        page.reload();
        page.waitFor("the form again", () -> !page.value("sessionIntent").isEmpty());
        assertThat(answersOnThePage(page)).as("the draft on the server").isEqualTo(ANSWERS_BEFORE_GOING_OFFLINE);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(browser.script("return localStorage.length"))
                        .as("no copy of saved answers left in the browser")
                        .isEqualTo(0L));
        browser.screenshot("prep-form-phone-reloaded");

        browser.offline(true);
        page.type("sessionIntent", INTENT_TYPED_OFFLINE);
        page.waitFor("the answers not saved", () -> page.saveState().startsWith("Not saved yet: no connection"));
        assertThat(browser.script("return localStorage.length"))
                .as("what the service does not have yet, kept in the browser")
                .isEqualTo(1L);
        browser.screenshot("prep-form-phone-offline");
        browser.offline(false);
        page.waitUntilSaved();
        assertThat(answersOf(formOf(client, NEXT_SESSION)))
                .as("saved once back online")
                .isEqualTo(ANSWERS);
        assertThat(browser.script("return localStorage.length")).isEqualTo(0L);
        assertThat(browser.consoleErrors())
                .as("only the saves the browser could not send")
                .allSatisfy(error -> assertThat(error).contains("ERR_INTERNET_DISCONNECTED"));

        page.send();
        page.waitFor(
                "the form sent",
                () -> !browser.driver().findElements(By.id("outcome")).isEmpty());
        assertThat(page.outcome()).contains("Sent on time", "Sent to your coach", "on time");
        for (Map.Entry<String, String> answer : ANSWERS.entrySet()) {
            assertThat(page.answerShown(answer.getKey())).isEqualTo(answer.getValue());
        }
        assertFitsThePhone();
        assertNoSeriousAccessibilityViolations("the sent form");
        browser.screenshot("prep-form-phone-sent");

        JsonNode submitted = formOf(client, NEXT_SESSION);
        assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("late").asBoolean(true)).isFalse();
        assertThat(answersOf(submitted)).isEqualTo(ANSWERS);
        JsonNode asTheCoachReadsIt = new DemoIdentity("coach-1")
                .get(FORMS + "/" + submitted.path("prepFormId").asText());
        assertThat(asTheCoachReadsIt.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(asTheCoachReadsIt.path("late").asBoolean(true)).isFalse();

        browser.driver().findElement(By.cssSelector("a[data-back]")).click();
        page.waitFor(
                "the form among the sent ones", () -> page.sessionsIn("sent").contains(NEXT_SESSION));
        assertThat(page.badgeOf(NEXT_SESSION)).isEqualTo("Sent on time");
        assertThePageKeepsItsPolicy();
        assertThat(browser.consoleErrors()).as("what the page logged as errors").isEmpty();

        theCoachsConsoleShowsTheFormSubmittedOnTime();
    }

    /** The other side of the same form: coach-1 signs in to the console and sees it among the sessions. */
    private static void theCoachsConsoleShowsTheFormSubmittedOnTime() {
        browser.driver().manage().deleteAllCookies();
        PrepFormPage.signInAt(browser, CONSOLE, "coach-1");
        By state = By.cssSelector("tr[data-session='" + NEXT_SESSION + "'] [data-prep-form-state]");
        new PrepFormPage(browser)
                .waitFor(
                        "the next session in coach-1's console",
                        () -> !browser.driver().findElements(state).isEmpty());
        WebElement shown = browser.driver().findElement(state);
        assertThat(shown.getAttribute("data-prep-form-state")).isEqualTo("SUBMITTED");
        assertThat(shown.getAttribute("data-prep-form-late")).isEqualTo("false");
        assertThat(shown.getText()).as("what the coach reads").endsWith("submitted on time");
        browser.screenshot("prep-form-seen-in-the-coach-console");
    }

    @Test
    void someoneWhoIsNotAClientIsToldWhatThePageIsFor() throws Exception {
        PrepFormPage page = new PrepFormPage(browser).signIn("coach-1");
        assertThat(page.heading()).isEqualTo("This page is for clients");
        assertThat(page.mainText()).contains("You are signed in as coach-1, a coach.");
        assertThat(browser.driver().findElements(By.cssSelector("textarea, a.form-card")))
                .isEmpty();
        assertNoSeriousAccessibilityViolations("the page for a coach");
        browser.screenshot("prep-form-phone-not-a-client");
        assertThat(browser.consoleErrors()).as("what the page logged as errors").isEmpty();
    }

    private static JsonNode formOf(DemoIdentity client, String sessionId) {
        JsonNode forms = client.get(FORMS + "?clientId=" + client.clientId() + "&sessionId=" + sessionId);
        assertThat(forms.size()).as("the form of " + sessionId).isEqualTo(1);
        return client.get(FORMS + "/" + forms.get(0).path("prepFormId").asText());
    }

    private static Map<String, String> answersOf(JsonNode form) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.path("answers").properties().forEach(answer -> {
            if (!answer.getValue().isNull()) {
                answers.put(answer.getKey(), answer.getValue().asText());
            }
        });
        return answers;
    }

    private static Map<String, String> answersOnThePage(PrepFormPage page) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String key : ANSWERS.keySet()) {
            shown.put(key, page.value(key));
        }
        return shown;
    }

    private static void assertFitsThePhone() {
        assertThat(((Number) browser.script("return window.innerWidth")).intValue())
                .as("a phone's width")
                .isLessThanOrEqualTo(ChromiumBrowser.PHONE.width);
        assertThat(((Number) browser.script(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .as("nothing wider than the phone")
                .isLessThanOrEqualTo(0);
    }

    private static void assertNoSeriousAccessibilityViolations(String where) throws Exception {
        assertThat(browser.seriousAccessibilityViolations())
                .as("axe-core's serious and critical violations on " + where)
                .isEmpty();
    }

    /** The page fetched with the browser's session: its policy, and a session cookie scripts cannot read. */
    private static void assertThePageKeepsItsPolicy() throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("THROUGHLINE_PREP_FORM_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(PrepFormPage.URL + "/"))
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
                                    "form-action 'self' " + DemoIdentity.ISSUER));
        }
    }

    private static Map<String, String> answers(String sessionIntent) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("wins", "Held two of the three one-to-ones I planned");
        answers.put("notDone", "The third one-to-one, with Sam");
        answers.put("learned", "I put off hard conversations when I am tired");
        answers.put("challenges", "The team still talks past each other in meetings");
        answers.put("sessionIntent", sessionIntent);
        return answers;
    }
}
