package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackOptionsTest {

    @TempDir
    Path directory;

    @Test
    void theLocalIssuerByDefault() {
        LocalStackOptions options = LocalStackOptions.parse(List.of("--demo"));

        assertThat(options.issuer()).isNull();
        assertThat(options.identities()).isNull();
        assertThat(options.demo()).isTrue();
    }

    @Test
    void anotherIssuerWithoutItsTrailingSlash() {
        assertThat(LocalStackOptions.parse(List.of("--issuer", "https://login.example.com/realms/acme/"))
                        .issuer())
                .isEqualTo("https://login.example.com/realms/acme");
    }

    @Test
    void anIdentitiesFileForTheLocalIssuer() throws IOException {
        Path file = Files.writeString(directory.resolve("identities.yml"), "identities: []\n");

        assertThat(LocalStackOptions.parse(List.of("--identities", file.toString()))
                        .identities())
                .isEqualTo(file);
    }

    @Test
    void oneLineForEachMistake() throws IOException {
        Path file = Files.writeString(directory.resolve("identities.yml"), "identities: []\n");

        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--issuer", "localhost:9000")))
                .hasMessageStartingWith("--issuer expects the issuer's http(s) address");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--issuer")))
                .hasMessage("--issuer needs a value (see --help)");
        assertThatThrownBy(() -> LocalStackOptions.parse(
                        List.of("--identities", directory.resolve("missing.yml").toString())))
                .hasMessage("--identities: no readable file " + directory.resolve("missing.yml"));
        assertThatThrownBy(() -> LocalStackOptions.parse(
                        List.of("--issuer", "http://idp:8080", "--identities", file.toString())))
                .hasMessageStartingWith("--identities is read by the local issuer, which --issuer replaces");
    }
}
