package io.throughline.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class DirectoryTest {

    /** The issuer's encoder, with bcrypt at its cheapest so that the test is quick. */
    private static final PasswordEncoder ENCODER =
            new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));

    @TempDir
    Path directory;

    @Test
    void localPlatformIsAlwaysThereAndTheDemoOnlyWhenAskedFor() {
        Directory plain = Directory.of(properties(false, null), ENCODER);
        assertThat(plain.find("local-platform"))
                .get()
                .extracting(Identity::claims)
                .isEqualTo(Map.of("roles", List.of("platform")));
        assertThat(plain.find("coach-1")).isEmpty();

        Directory demo = Directory.of(properties(true, null), ENCODER);
        assertThat(demo.people())
                .extracting(Directory.Entry::name)
                .containsExactly(
                        "demo-admin",
                        "demo-supervisor",
                        "coach-1",
                        "coach-2",
                        "coach-3",
                        "coachee-1",
                        "coachee-2",
                        "coachee-3",
                        "coachee-4",
                        "coachee-5",
                        "coachee-6");
        assertThat(demo.clients())
                .extracting(Directory.Entry::name)
                .startsWith("local-platform")
                .hasSize(12);
        assertThat(demo.find("coachee-6"))
                .get()
                .extracting(Identity::claims)
                .isEqualTo(Map.of("org", "demo", "roles", List.of("client"), "clientId", "coachee-6"));
        assertThat(demo.find("demo-admin"))
                .get()
                .extracting(Identity::claims)
                .isEqualTo(Map.of("org", "demo", "roles", List.of("org-admin")));
    }

    @Test
    void keepsPasswordsAndSecretsEncodedOnly() {
        Directory.Entry coach = Directory.of(properties(true, null), ENCODER).people().stream()
                .filter(entry -> entry.name().equals("coach-1"))
                .findFirst()
                .orElseThrow();

        assertThat(coach.encodedPassword()).startsWith("{bcrypt}").isNotEqualTo("demo");
        assertThat(ENCODER.matches("demo", coach.encodedPassword())).isTrue();
        assertThat(ENCODER.matches("demo-secret", coach.encodedSecret())).isTrue();
    }

    @Test
    void anIdentitiesFileMayNotTakeANameThatIsTaken() throws IOException {
        for (String taken : List.of("local-platform", "throughline-pages", "coach-1")) {
            Path file = Files.writeString(
                    directory.resolve(taken + ".yml"),
                    "identities:\n  - {name: " + taken + ", org: acme, roles: [coach], secret: s}\n");

            assertThatThrownBy(() -> Directory.of(properties(true, file), ENCODER))
                    .isInstanceOf(IdentitiesFileException.class)
                    .hasMessageStartingWith("identities file " + file + ": name '" + taken + "' is taken already (");
        }
    }

    private static IssuerProperties properties(boolean demo, Path identities) {
        return new IssuerProperties(
                URI.create("http://localhost:9000"),
                null,
                demo,
                identities,
                List.of(URI.create("http://localhost:8083")),
                "throughline-pages",
                "throughline-pages-secret",
                "local-platform-secret");
    }
}
