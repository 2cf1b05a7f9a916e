package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The dashboard in a real browser against the real local stack ({@code ./run-local.sh --fresh --demo}): people sign
 * in at the local issuer's form and each sees what API.md's role table gives them. Every figure on the page names
 * the API answer and JSON pointer it shows ({@code data-source}, {@code data-pointer}); the test reads those answers
 * itself, with a token of the same person taken by client credentials, and compares. Debian's Chromium and
 * ChromeDriver drive the page (never Selenium Manager: nothing is downloaded); where they are missing the test is
 * skipped before the stack starts, and says so. Screenshots go to {@code target/screenshots/}.
 */
class DashboardSignInIT {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final String DASHBOARD = "http://localhost:8083";
    private static final String ISSUER = "http://localhost:9000";
    private static final String ORG = "/api/v1/orgs/demo";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDirectory;

    private static Process stack;
    private static Browser browser;

    @BeforeAll
    static void startTheStackAndABrowser() throws Exception {
        browser = Browser.start();
        Path log = dataDirectory.resolve("run-local.out");
        List<String> command = List.of(
                "bash",
                REPOSITORY.resolve("run-local.sh").toString(),
                "--fresh",
                "--demo",
                "--data-dir",
                dataDirectory.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
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
            // Ctrl-C: SIGINT to the launcher, which stops the services, the issuer and the infrastructure.
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
    void forgetWhoWasSignedIn() {
        // Cookies do not tell the ports of localhost apart: this ends both the dashboard's and the issuer's session.
        browser.driver().manage().deleteAllCookies();
        browser.consoleErrors();
    }

    @Test
    void aSupervisorSeesTheOrganisationsClientsAndCoachesAsTheApiGivesThemAndSignsOut() throws Exception {
        Dashboard dashboard = signIn("demo-supervisor");
        Person supervisor = new Person("demo-supervisor");
        assertThat(dashboard.signedInAs()).isEqualTo("Signed in as demo-supervisor Supervisor in organisation demo");

        JsonNode overview = supervisor.get(ORG + "/overview");
        List<String> clients = new ArrayList<>();
        overview.path("clients")
                .forEach(client -> clients.add(client.path("clientId").asText()));
        assertThat(clients).contains("coachee-1", "coachee-6");
        dashboard.waitFor(
                "the organisation's clients", () -> dashboard.clientRows().size() == clients.size());
        assertThat(dashboard.clientRows()).containsExactlyElementsOf(clients);
        dashboard.assertFiguresEqualTheApi(supervisor, 12);
        dashboard.sortsClientsByKeyboard(overview);
        browser.screenshot("supervisor-overview");
        assertThePageKeepsItsPolicyAndNothingInStorage();

        dashboard.open(
                By.linkText("coachee-1"),
                "the client's sessions",
                () -> !dashboard.figures("/clients/coachee-1/patterns").isEmpty());
        dashboard.waitFor(
                "the timelines",
                () -> !browser.driver()
                        .findElements(By.cssSelector(".timeline-bar"))
                        .isEmpty());
        assertThat(browser.driver().getCurrentUrl()).startsWith(DASHBOARD + "/").endsWith("#/clients/coachee-1");
        dashboard.assertFiguresEqualTheApi(supervisor, 40);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("canvas[role=img]"))
                        .getAttribute("aria-label"))
                .contains("table");
        browser.screenshot("supervisor-client");

        dashboard.open(
                By.id("id-coach-link-coach-1-row-article-session"),
                "the coach's figures",
                () -> !dashboard.figures("/coaches/coach-1/patterns").isEmpty());
        dashboard.assertFiguresEqualTheApi(supervisor, 12);
        browser.screenshot("supervisor-coach");
        assertThat(browser.consoleErrors()).as("what the page logged as errors").isEmpty();

        dashboard.signOut();
        await().atMost(PATIENCE).until(() -> browser.driver().getCurrentUrl().startsWith(ISSUER + "/login"));
        browser.driver().get(DASHBOARD + "/");
        assertThat(browser.driver().getCurrentUrl())
                .as("signed out at the issuer too: the dashboard asks again")
                .startsWith(ISSUER + "/login");
        browser.screenshot("signed-out");
    }

    @Test
    void aClientSeesOnlyTheirOwnFiguresANewSessionWithoutAReloadAndOnAPhone() throws Exception {
        Dashboard dashboard = signIn("coachee-1");
        Person client = new Person("coachee-1");
        assertThat(dashboard.signedInAs()).isEqualTo("Signed in as coachee-1 Client in organisation demo");
        dashboard.waitFor(
                "the client's own figures",
                () -> !dashboard.figures("/clients/coachee-1/patterns").isEmpty());
        assertThat(dashboard.breadcrumbs()).containsExactly("Your figures");
        assertThat(browser.driver().findElements(By.cssSelector("main a[href*='/coaches/']")))
                .as("no coach pages")
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".org-clients")))
                .as("no overview")
                .isEmpty();
        dashboard.assertFiguresEqualTheApi(client, 40);
        browser.screenshot("client-own");
        assertThat(browser.consoleErrors()).as("what the page logged as errors").isEmpty();

        browser.driver().get(DASHBOARD + "/#/clients/coachee-2");
        dashboard.waitFor(
                "that another client is not there", () -> dashboard.heading().equals("Not found"));
        assertThat(browser.driver().findElements(By.cssSelector("main data"))).isEmpty();
        browser.screenshot("client-other-not-found");
        browser.driver().get(DASHBOARD + "/#/overview");
        dashboard.waitFor(
                "the client's own page instead of the overview",
                () -> dashboard.heading().equals("Client coachee-1"));
        assertThat(browser.consoleErrors())
                .as("only the 404 of the other client's page")
                .singleElement()
                .satisfies(error -> assertThat(error).contains("/clients/coachee-2/patterns", "404"));

        long ended = client.get(ORG + "/clients/coachee-1/patterns")
                .path("sessionsEnded")
                .asLong();
        browser.script("window.notReloaded = true");
        String sessionId = logASessionOfCoachee1();
        dashboard.waitFor(
                "the figures with the new session",
                () -> String.valueOf(ended + 1)
                        .equals(dashboard.figureValue("/clients/coachee-1/patterns", "/sessionsEnded")));
        dashboard.waitFor(
                "the new session's timeline",
                () -> browser.driver()
                                .findElements(By.cssSelector("tr[data-session='" + sessionId + "'] .timeline-bar"))
                                .size()
                        == 1);
        assertThat(browser.script("return window.notReloaded === true")).isEqualTo(true);
        dashboard.assertFiguresEqualTheApi(client, 40);
        browser.screenshot("client-updated");

        browser.resize(Browser.PHONE);
        dashboard.waitFor(
                "a layout that fits a phone's width",
                () -> ((Number)
                                        browser.script(
                                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                                .intValue()
                        <= 0);
        browser.screenshot("client-phone");
        browser.resize(Browser.LAPTOP);
        assertThat(browser.consoleErrors()).as("what the page logged as errors").isEmpty();
    }

    @Test
    void aCoachSeesTheirOwnFiguresAndTheClientsTheyHaveMet() throws Exception {
        Dashboard dashboard = signIn("coach-1");
        Person coach = new Person("coach-1");
        assertThat(dashboard.signedInAs()).isEqualTo("Signed in as coach-1 Coach in organisation demo");
        dashboard.waitFor(
                "the coach's own figures",
                () -> !dashboard.figures("/coaches/coach-1/patterns").isEmpty());
        assertThat(dashboard.breadcrumbs()).containsExactly("Your figures");
        List<String> met = new ArrayList<>();
        coach.get(ORG + "/coaches/coach-1/patterns").path("clients").forEach(clientId -> met.add(clientId.asText()));
        assertThat(met).contains("coachee-1");
        assertThat(browser.driver().findElements(By.cssSelector(".client-list a")))
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(met);
        dashboard.assertFiguresEqualTheApi(coach, 12);
        browser.screenshot("coach-own");

        dashboard.open(
                By.linkText(met.getFirst()),
                "the client's figures",
                () -> !dashboard.figures("/clients/" + met.getFirst()).isEmpty());
        assertThat(dashboard.breadcrumbs()).containsExactly("Your figures", "Client " + met.getFirst());
        dashboard.assertFiguresEqualTheApi(coach, 40);
        browser.screenshot("coach-client");
        assertThat(browser.consoleErrors()).as("what the page logged as errors").isEmpty();
        browser.driver().get(DASHBOARD + "/#/coaches/coach-2");
        dashboard.waitFor(
                "that another coach is not there", () -> dashboard.heading().equals("Not found"));
    }

    /** The page's own answer, fetched with the browser's session: its policy, and no token in the browser's storage. */
    private static void assertThePageKeepsItsPolicyAndNothingInStorage() throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("THROUGHLINE_ANALYTICS_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(URI.create(DASHBOARD + "/"))
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
        assertThat(browser.script("return localStorage.length + sessionStorage.length"))
                .isEqualTo(0L);
    }

    /** A session of coachee-1 with coach-1 logged afterwards through session-service, as {@code local-platform}. */
    private static String logASessionOfCoachee1() throws Exception {
        String sessionId = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Person platform = new Person("local-platform", "local-platform-secret");
        String sessions = "http://localhost:8081" + ORG + "/sessions";
        platform.post(
                sessions,
                Map.of(
                        "sessionId",
                        sessionId,
                        "clientId",
                        "coachee-1",
                        "coachId",
                        "coach-1",
                        "scheduledStart",
                        start.toString(),
                        "plannedMinutes",
                        60,
                        "at",
                        start.minus(1, ChronoUnit.DAYS).toString()));
        platform.post(sessions + "/" + sessionId + "/start", Map.of("at", start.toString()));
        platform.post(
                sessions + "/" + sessionId + "/agreement",
                Map.of("at", start.plusSeconds(120).toString(), "topic", "Saying no to extra projects"));
        platform.post(
                sessions + "/" + sessionId + "/end",
                Map.of("at", start.plusSeconds(3600).toString(), "progress", "ACHIEVED"));
        return sessionId;
    }

    private static Dashboard signIn(String username) {
        browser.driver().get(DASHBOARD + "/");
        await().atMost(PATIENCE).until(() -> browser.driver().getCurrentUrl().startsWith(ISSUER + "/login"));
        browser.screenshot("sign-in-" + username);
        browser.driver().findElement(By.name("username")).sendKeys(username);
        browser.driver().findElement(By.name("password")).sendKeys("demo", Keys.ENTER);
        Dashboard dashboard = new Dashboard();
        dashboard.waitFor(
                "the dashboard, signed in as " + username,
                () -> browser.driver().getCurrentUrl().startsWith(DASHBOARD)
                        && browser.driver().findElement(By.id("signed-in")).isDisplayed());
        return dashboard;
    }

    /** The dashboard as a person uses it. */
    private static final class Dashboard {

        String signedInAs() {
            return browser.driver()
                    .findElement(By.cssSelector("#signed-in .person"))
                    .getText()
                    .replaceAll("\\s+", " ")
                    .trim();
        }

        String heading() {
            List<WebElement> headings = browser.driver().findElements(By.cssSelector("main h1"));
            return headings.isEmpty() ? "" : headings.getFirst().getText();
        }

        List<String> breadcrumbs() {
            return browser.driver().findElements(By.cssSelector("#breadcrumbs li")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        List<String> clientRows() {
            return browser.driver().findElements(By.cssSelector(".org-clients tbody tr th")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        void open(By link, String what, Callable<Boolean> shown) {
            browser.driver().findElement(link).click();
            waitFor(what, shown);
        }

        void signOut() {
            browser.driver().findElement(By.cssSelector("#sign-out button")).click();
        }

        /** Sorting the clients by sidetrack frequency with the keyboard: Enter sorts, Space reverses, focus stays. */
        void sortsClientsByKeyboard(JsonNode overview) {
            List<String> ascending = new ArrayList<>();
            overview.path("clients")
                    .forEach(client -> ascending.add(client.path("clientId").asText()));
            Comparator<String> bySidetracks = Comparator.comparing(
                    clientId -> sidetracks(overview, clientId), Comparator.nullsLast(Comparator.naturalOrder()));
            ascending.sort(bySidetracks);
            browser.driver()
                    .findElement(By.id("id-clients-sort-sidetrackFrequency"))
                    .sendKeys(Keys.ENTER);
            assertThat(sortOf("sidetrackFrequency")).isEqualTo("ascending");
            assertThat(clientRows())
                    .extracting(clientId -> sidetracks(overview, clientId))
                    .containsExactlyElementsOf(ascending.stream()
                            .map(clientId -> sidetracks(overview, clientId))
                            .toList());
            browser.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
            assertThat(sortOf("sidetrackFrequency")).isEqualTo("descending");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("id-clients-sort-sidetrackFrequency");
        }

        private static Double sidetracks(JsonNode overview, String clientId) {
            for (JsonNode client : overview.path("clients")) {
                if (client.path("clientId").asText().equals(clientId)) {
                    return client.path("sidetrackFrequency").isNull()
                            ? null
                            : client.path("sidetrackFrequency").asDouble();
                }
            }
            throw new AssertionError("no client " + clientId + " in the overview");
        }

        private static String sortOf(String column) {
            return browser.driver()
                    .findElement(By.cssSelector(".org-clients th[data-column=" + column + "]"))
                    .getAttribute("aria-sort");
        }

        /** Every figure on the page against the API answer it names, value for value; at least {@code atLeast} of them. */
        @SuppressWarnings("unchecked")
        void assertFiguresEqualTheApi(Person person, int atLeast) {
            await().atMost(Duration.ofSeconds(15))
                    .ignoreException(StaleElementReferenceException.class)
                    .untilAsserted(() -> {
                        List<Map<String, String>> figures = (List<Map<String, String>>)
                                browser.script(
                                        "return [...document.querySelectorAll('main data[data-pointer]')].map(figure => ({"
                                                + "source: figure.dataset.source, pointer: figure.dataset.pointer, value: figure.value, text: figure.textContent}))");
                        assertThat(figures).hasSizeGreaterThanOrEqualTo(atLeast);
                        Map<String, JsonNode> answers = new HashMap<>();
                        for (Map<String, String> figure : figures) {
                            JsonNode answer = answers.computeIfAbsent(figure.get("source"), person::get);
                            JsonNode expected = answer.at(figure.get("pointer"));
                            String where = figure.get("source") + " " + figure.get("pointer");
                            assertThat(expected.isMissingNode())
                                    .as(where + " exists in the API's answer")
                                    .isFalse();
                            if (expected.isNull()) {
                                assertThat(figure.get("value")).as(where).isEmpty();
                                assertThat(figure.get("text")).as(where).isEqualTo("—");
                            } else {
                                assertThat(new BigDecimal(figure.get("value")))
                                        .as(where)
                                        .isEqualByComparingTo(expected.decimalValue());
                            }
                        }
                    });
        }

        String figureValue(String source, String pointer) {
            List<WebElement> figures =
                    browser.driver().findElements(By.cssSelector("main data[data-pointer='" + pointer + "']")).stream()
                            .filter(figure -> figure.getAttribute("data-source").contains(source))
                            .toList();
            return figures.isEmpty() ? null : figures.getFirst().getAttribute("value");
        }

        List<WebElement> figures(String source) {
            return browser.driver().findElements(By.cssSelector("main data[data-pointer]")).stream()
                    .filter(figure -> figure.getAttribute("data-source").contains(source))
                    .toList();
        }

        /** Waits for the page to show something; if it never does, keeps a screenshot and tells what the page said instead. */
        void waitFor(String what, Callable<Boolean> shown) {
            try {
                await().atMost(PATIENCE)
                        .ignoreException(StaleElementReferenceException.class)
                        .until(shown);
            } catch (ConditionTimeoutException e) {
                Path screenshot = browser.screenshot("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
                throw new AssertionError(
                        "The page did not show " + what + " within " + PATIENCE + "; screenshot " + screenshot
                                + ", at " + browser.driver().getCurrentUrl() + ", console " + browser.consoleErrors()
                                + ", page text:\n"
                                + browser.script("return document.body.innerText"),
                        e);
            }
        }
    }

    /** The API as one of the local issuer's demo identities calls it, with a token taken by client credentials. */
    private record Person(String clientId, String secret) {

        Person(String clientId) {
            this(clientId, "demo-secret");
        }

        JsonNode get(String path) {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : DASHBOARD + path))
                            .GET());
            assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
            return read(response.body());
        }

        void post(String url, Map<String, Object> body) {
            try {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
                assertThat(response.statusCode())
                        .as("POST " + url + " → " + response.body())
                        .isBetween(200, 299);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return HTTP.send(
                        request.header("Authorization", "Bearer " + token()).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private String token() throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("a token for " + clientId + " → " + response.body())
                    .isEqualTo(200);
            return read(response.body()).path("access_token").asText();
        }

        private static JsonNode read(String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Headless Chromium driven by ChromeDriver, both from Debian's packages ({@code chromium}, {@code chromium-driver}). */
    private static final class Browser implements AutoCloseable {

        static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        static final Path CHROMEDRIVER =
                Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
        static final Dimension LAPTOP = new Dimension(1280, 900);
        static final Dimension PHONE = new Dimension(390, 844);
        private static final Path SCREENSHOTS = Path.of("target", "screenshots");

        private final ChromeDriver driver;
        private final Path profile;

        private Browser(ChromeDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }

        static Browser start() throws IOException {
            boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
            if (!available) {
                System.out.println("[dashboard-browser-test] SKIPPED: no headless Chromium here (" + CHROMIUM + " and "
                        + CHROMEDRIVER
                        + " are needed; .ci/run installs them with apt-get install chromium chromium-driver)");
            }
            assumeTrue(
                    available,
                    "Chromium and ChromeDriver from Debian's packages are not installed (" + CHROMIUM + ", "
                            + CHROMEDRIVER
                            + "); install them with apt-get install chromium chromium-driver to run the dashboard's browser test");
            Path profile = Files.createTempDirectory("dashboard-chromium-");
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
            return new Browser(new ChromeDriver(service, options), profile);
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
            driver.manage().window().setSize(new Dimension(window.width, (int)
                    Math.max(window.height, height + chrome)));
            try {
                Files.createDirectories(SCREENSHOTS);
                Path file = SCREENSHOTS.resolve(name + ".png");
                Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
                System.out.println("[dashboard-browser-test] screenshot " + file.toAbsolutePath());
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                driver.manage().window().setSize(window);
            }
        }

        /**
         * What the dashboard logged as an error since last asked: script errors, refused resources, policy violations.
         * The issuer's sign-in page is not the dashboard: what it logged (its missing favicon) is left out.
         */
        List<String> consoleErrors() {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage)
                    .filter(message -> !message.startsWith(ISSUER + "/"))
                    .toList();
        }

        @Override
        public void close() {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.out.println("[dashboard-browser-test] could not remove " + profile + ": " + e);
            }
        }
    }
}
