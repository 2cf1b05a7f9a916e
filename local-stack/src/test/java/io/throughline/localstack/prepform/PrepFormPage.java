package io.throughline.localstack.prepform;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The client's prep-form page at {@code http://localhost:8082/} as a person uses it. */
final class PrepFormPage {

    static final String URL = "http://localhost:8082";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromiumBrowser browser;

    PrepFormPage(ChromiumBrowser browser) {
        this.browser = browser;
    }

    /** Opens the page, which sends the person to the issuer's form; signs in there and comes back. */
    PrepFormPage signIn(String username) {
        signInAt(browser, URL, username);
        waitFor(
                "the page, signed in as " + username,
                () -> browser.driver().findElement(By.id("signed-in")).isDisplayed()
                        && !browser.driver()
                                .findElements(By.cssSelector("main h1"))
                                .isEmpty());
        return this;
    }

    /** Opens a page at {@code url}, signs in at the issuer's form it sends to, and waits to be back. */
    static void signInAt(ChromiumBrowser browser, String url, String username) {
        PrepFormPage page = new PrepFormPage(browser);
        browser.driver().get(url + "/");
        page.waitFor(
                "the issuer's sign-in form",
                () -> browser.driver().getCurrentUrl().startsWith(DemoIdentity.ISSUER + "/login"));
        browser.driver().findElement(By.name("username")).sendKeys(username);
        browser.driver().findElement(By.name("password")).sendKeys("demo", Keys.ENTER);
        page.waitFor(
                "back at " + url + ", signed in as " + username,
                () -> browser.driver().getCurrentUrl().startsWith(url));
    }

    String heading() {
        List<WebElement> headings = browser.driver().findElements(By.cssSelector("main h1"));
        return headings.isEmpty() ? "" : headings.getFirst().getText();
    }

    String mainText() {
        return browser.driver().findElement(By.id("main")).getText();
    }

    String signedInAs() {
        return browser.driver().findElement(By.id("person-name")).getText();
    }

    /** The sessions whose forms a section of the list shows, in its order ("to-prepare", "sent", "missed"). */
    List<String> sessionsIn(String section) {
        return browser.driver().findElements(By.cssSelector("#section-" + section + " a[data-session-id]")).stream()
                .map(card -> card.getAttribute("data-session-id"))
                .toList();
    }

    WebElement card(String sessionId) {
        return browser.driver().findElement(By.cssSelector("a.form-card[data-session-id='" + sessionId + "']"));
    }

    void waitForList() {
        waitFor(
                "the list of forms",
                () -> !browser.driver()
                        .findElements(By.id("section-to-prepare"))
                        .isEmpty());
    }

    /** Opens a session's form from the list by the keyboard: the card's link gets the focus and Enter follows it. */
    void open(String sessionId) {
        card(sessionId).sendKeys(Keys.ENTER);
        waitFor(
                "the form of " + sessionId,
                () -> !browser.driver()
                        .findElements(By.cssSelector("#prep-form textarea, article.sent"))
                        .isEmpty());
    }

    WebElement field(String key) {
        return browser.driver().findElement(By.id("answer-" + key));
    }

    String prompt(String key) {
        return browser.driver()
                .findElement(By.cssSelector("label[for='answer-" + key + "']"))
                .getText();
    }

    void type(String key, String text) {
        field(key).sendKeys(text);
    }

    String value(String key) {
        return field(key).getDomProperty("value");
    }

    String saveState() {
        return browser.driver().findElement(By.id("save-state")).getText();
    }

    void waitUntilSaved() {
        waitFor("the answers saved", () -> saveState().startsWith("Saved at"));
    }

    /** Presses the send button with the keyboard. */
    void send() {
        browser.driver().findElement(By.id("send")).sendKeys(Keys.ENTER);
    }

    WebElement error(String key) {
        return browser.driver().findElement(By.id("error-" + key));
    }

    String submitMessage() {
        return browser.driver().findElement(By.id("submit-message")).getText();
    }

    String focusedId() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    void typeIntoFocused(String text) {
        browser.driver().switchTo().activeElement().sendKeys(text);
    }

    /** The form's status as its page shows it, under the heading. */
    String formStatus() {
        return browser.driver().findElement(By.cssSelector(".facts .badge")).getText();
    }

    String outcome() {
        return browser.driver().findElement(By.id("outcome")).getText();
    }

    String badgeOf(String sessionId) {
        return card(sessionId).findElement(By.cssSelector(".badge")).getText();
    }

    String answerShown(String key) {
        return browser.driver()
                .findElement(By.cssSelector("dd[data-answer='" + key + "']"))
                .getText();
    }

    void reload() {
        browser.driver().navigate().refresh();
    }

    /** Waits for the page to show something; if it never does, keeps a screenshot and tells what it showed instead. */
    void waitFor(String what, Callable<Boolean> shown) {
        try {
            await().atMost(PATIENCE)
                    .ignoreException(StaleElementReferenceException.class)
                    .ignoreException(org.openqa.selenium.NoSuchElementException.class)
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
