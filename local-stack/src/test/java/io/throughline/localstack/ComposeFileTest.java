package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.throughline.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No Docker engine runs here, so docker-compose.yml is checked against the code instead: every
 * setting a service reads from the environment is set for it, ports agree, topic names are the
 * contract's, the services trust the issuer that compose runs, and every long-running service is
 * restarted when it crashes and started in order of health.
 */
class ComposeFileTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    @ParameterizedTest
    @EnumSource(Service.class)
    void setsEverySettingTheServiceReadsFromTheEnvironment(Service service) throws IOException {
        Set<String> read = environmentVariablesRead(service);
        JsonNode environment = compose().path("services").path(service.module).path("environment");

        assertThat(read)
                .as("%s reads these from the environment", service.module)
                .isNotEmpty();
        for (String variable : read) {
            assertThat(environment.has(variable))
                    .as("%s sets %s", service.module, variable)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void portsAgreeWithTheServicesAndTheLocalStack(Service service) throws IOException {
        JsonNode definition = compose().path("services").path(service.module);
        int configured = applicationYaml(service).path("server").path("port").asInt();

        assertThat(configured).isEqualTo(service.port);
        assertThat(definition.path("environment").path("SERVER_PORT").asText())
                .isEqualTo(Integer.toString(service.port));
        assertThat(definition.path("ports").get(0).asText()).isEqualTo(service.port + ":" + service.port);
        assertThat(definition.path("healthcheck").toString()).contains("/" + service.port);
    }

    @Test
    void createsTheContractsTopicsAndTheirDeadLetterTopics() throws IOException {
        String command =
                compose().path("services").path("kafka-topics").path("command").toString();

        Matcher topics = Pattern.compile("for topic in ([^;]+);").matcher(command);
        assertThat(topics.find()).isTrue();
        assertThat(Set.of(topics.group(1).trim().split("\\s+")))
                .containsExactlyInAnyOrder(
                        Topics.SESSIONS,
                        Topics.PREP_FORMS,
                        Topics.deadLetter(Topics.SESSIONS),
                        Topics.deadLetter(Topics.PREP_FORMS));
    }

    @Test
    void theServicesReachKafkaAndMongoDbAsComposeNamesThem() throws IOException {
        JsonNode services = compose().path("services");
        String advertised = services.path("kafka")
                .path("environment")
                .path("KAFKA_ADVERTISED_LISTENERS")
                .asText();
        for (Service service : Service.values()) {
            JsonNode environment = services.path(service.module).path("environment");
            assertThat(advertised)
                    .contains(
                            "://" + environment.path("KAFKA_BOOTSTRAP_SERVERS").asText());
            assertThat(environment.path("MONGODB_URI").asText())
                    .startsWith("mongodb://mongo:27017/")
                    .contains("replicaSet=rs0");
            assertThat(services.path(service.module)
                            .path("build")
                            .path("args")
                            .path("SERVICE")
                            .asText())
                    .isEqualTo(service.module);
        }
        assertThat(services.path("mongo").path("command").toString()).contains("--replSet", "rs0");
    }

    @Test
    void theIssuerIsBuiltFromTheSameDockerfileAndAnswersOnItsPortForBrowsersAndServices() throws IOException {
        JsonNode issuer = compose().path("services").path("issuer");
        JsonNode environment = issuer.path("environment");

        assertThat(issuer.path("build").path("args").path("SERVICE").asText()).isEqualTo(Issuer.MODULE);
        assertThat(applicationYaml(Issuer.MODULE).path("server").path("port").asInt())
                .isEqualTo(Issuer.PORT);
        assertThat(environment.path("SERVER_PORT").asText()).isEqualTo(Integer.toString(Issuer.PORT));
        assertThat(issuer.path("ports").get(0).asText())
                .as("published on the loopback only: local-platform's secret is public")
                .isEqualTo("127.0.0.1:" + Issuer.PORT + ":" + Issuer.PORT);
        assertThat(environment.path("SERVER_ADDRESS").asText())
                .as("reachable from the other containers")
                .isEqualTo("0.0.0.0");
        assertThat(environment.path("THROUGHLINE_ISSUER_URL").asText())
                .as("the iss browsers see")
                .isEqualTo(Issuer.LOCAL_URL);
        assertThat(environment.path("THROUGHLINE_ISSUER_DEMO").asText("false"))
                .as("no public demo passwords by default")
                .isEqualTo("false");
        assertThat(issuer.path("healthcheck").toString())
                .contains("/" + Issuer.PORT, "/.well-known/openid-configuration");

        String keyFile = environment.path("THROUGHLINE_ISSUER_KEY_FILE").asText();
        String volume = issuer.path("volumes").get(0).asText();
        assertThat(keyFile)
                .as("the signing key lives on the volume")
                .startsWith(volume.substring(volume.indexOf(':') + 1) + "/");
        assertThat(compose().path("volumes").has(volume.substring(0, volume.indexOf(':'))))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyServiceTrustsTheIssuerAsBrowsersNameItAndReachesItInsideTheNetwork(Service service) throws IOException {
        JsonNode services = compose().path("services");
        JsonNode environment = services.path(service.module).path("environment");
        String issuer = services.path("issuer")
                .path("environment")
                .path("THROUGHLINE_ISSUER_URL")
                .asText();
        String inside = "http://issuer:" + Issuer.PORT;

        assertThat(environment.path("THROUGHLINE_ISSUER_URI").asText()).isEqualTo(issuer);
        assertThat(environment.path("THROUGHLINE_JWK_SET_URI").asText()).isEqualTo(inside + "/oauth2/jwks");
        assertThat(environment.path("THROUGHLINE_ISSUER_BACKCHANNEL_URI").asText())
                .isEqualTo(inside);
        assertThat(services.path(service.module)
                        .path("depends_on")
                        .path("issuer")
                        .path("condition")
                        .asText())
                .isEqualTo("service_healthy");
    }

    /** The services that run once and exit: marked {@code restart: "no"}; every other one is long-running. */
    private static final Set<String> ONE_SHOT_JOBS = Set.of("kafka-topics");

    @Test
    void everyLongRunningServiceRestartsUnlessStoppedAndReportsItsHealth() throws IOException {
        Set<String> longRunning = new LinkedHashSet<>();
        compose().path("services").properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode service = entry.getValue();
            if (ONE_SHOT_JOBS.contains(name)) {
                assertThat(service.path("restart").asText())
                        .as("%s runs once", name)
                        .isEqualTo("no");
                return;
            }
            longRunning.add(name);
            assertThat(service.path("restart").asText())
                    .as("%s is started again when it crashes", name)
                    .isEqualTo("unless-stopped");
            assertThat(service.path("healthcheck").path("test").isMissingNode())
                    .as("%s has a health check its dependants wait for", name)
                    .isFalse();
        });
        assertThat(longRunning)
                .as("the platform's long-running services")
                .contains("kafka", "mongo", "issuer")
                .contains(java.util.Arrays.stream(Service.values())
                        .map(service -> service.module)
                        .toArray(String[]::new));
    }

    @Test
    void everyServiceStartsOnceWhatItDependsOnIsHealthyOrHasCompleted() throws IOException {
        JsonNode services = compose().path("services");
        services.properties().forEach(entry -> {
            JsonNode dependsOn = entry.getValue().path("depends_on");
            if (dependsOn.isMissingNode()) {
                return;
            }
            assertThat(dependsOn.isObject())
                    .as("%s names a condition for each dependency (the long form of depends_on)", entry.getKey())
                    .isTrue();
            dependsOn.properties().forEach(dependency -> {
                assertThat(services.has(dependency.getKey())).isTrue();
                assertThat(dependency.getValue().path("condition").asText())
                        .as("%s waits for %s", entry.getKey(), dependency.getKey())
                        .isEqualTo(
                                ONE_SHOT_JOBS.contains(dependency.getKey())
                                        ? "service_completed_successfully"
                                        : "service_healthy");
            });
        });
        for (Service service : Service.values()) {
            assertThat(services.path(service.module).path("depends_on").properties().stream()
                            .map(java.util.Map.Entry::getKey)
                            .toList())
                    .as("%s starts after the infrastructure, the topics and the issuer", service.module)
                    .contains("kafka", "kafka-topics", "mongo", "issuer");
        }
    }

    private static Set<String> environmentVariablesRead(Service service) throws IOException {
        Set<String> variables = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(Files.readString(applicationYamlPath(service)));
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables;
    }

    private static JsonNode applicationYaml(Service service) throws IOException {
        return applicationYaml(service.module);
    }

    private static JsonNode applicationYaml(String module) throws IOException {
        return YAML.readTree(applicationYamlPath(module).toFile());
    }

    private static Path applicationYamlPath(Service service) {
        return applicationYamlPath(service.module);
    }

    private static Path applicationYamlPath(String module) {
        return REPOSITORY.resolve(module).resolve("src/main/resources/application.yml");
    }

    private static JsonNode compose() throws IOException {
        return YAML.readTree(REPOSITORY.resolve("docker-compose.yml").toFile());
    }
}
