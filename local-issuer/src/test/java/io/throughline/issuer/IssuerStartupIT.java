package io.throughline.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Starting and restarting the issuer as its own application: the signing key survives, bad setup is one line. */
@ExtendWith(OutputCaptureExtension.class)
class IssuerStartupIT {

    @TempDir
    Path data;

    @Test
    void aTokenStaysValidAcrossARestartWithTheSameKeyFile() throws Exception {
        Path keyFile = data.resolve("issuer/signing-key.json");
        String token;
        try (ConfigurableApplicationContext first = start("--throughline.issuer.key-file=" + keyFile)) {
            IssuerClient issuer = new IssuerClient(port(first));
            token = IssuerClient.JSON
                    .readTree(issuer.clientCredentials("local-platform", "local-platform-secret")
                            .body())
                    .path("access_token")
                    .asString();
        }
        assertThat(keyFile).exists();

        try (ConfigurableApplicationContext second = start("--throughline.issuer.key-file=" + keyFile)) {
            JWTClaimsSet claims = new IssuerClient(port(second)).verified(token);
            assertThat(claims.getSubject()).isEqualTo("local-platform");
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnlyByDefault() {
        try (ConfigurableApplicationContext issuer = start()) {
            assertThat(issuer.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            assertThat(issuer.getEnvironment().getProperty("throughline.issuer.url"))
                    .isEqualTo("http://localhost:9000");
        }
    }

    @Test
    void aBadIdentitiesFileStopsTheStartWithOneLineSayingWhy(CapturedOutput output) throws IOException {
        Path file = Files.writeString(
                data.resolve("identities.yml"), "identities:\n  - {name: sam, roles: [coach], secret: s}\n");

        assertThatThrownBy(() -> start("--throughline.issuer.identities-file=" + file))
                .hasRootCauseInstanceOf(IdentitiesFileException.class);
        assertThat(output.toString())
                .contains("Description:" + System.lineSeparator() + System.lineSeparator() + "identities file " + file
                        + ": identity 1 (sam): missing org (required for role coach)" + System.lineSeparator());
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(LocalIssuerApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
