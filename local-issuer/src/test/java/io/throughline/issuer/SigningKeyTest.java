package io.throughline.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path directory;

    @Test
    void makesTheKeyFileWhenMissingReadableByItsOwnerOnlyAndReadsItBack() throws IOException {
        Path file = directory.resolve("issuer/signing-key.json");

        RSAKey made = SigningKey.load(file);
        RSAKey read = SigningKey.load(file);

        assertThat(made.isPrivate()).isTrue();
        assertThat(made.size()).isEqualTo(2048);
        assertThat(read).isEqualTo(made);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void refusesAFileThatHoldsNoPrivateRsaKey() throws IOException {
        Path garbage = Files.writeString(directory.resolve("garbage.json"), "not a key");
        Path publicOnly = Files.writeString(
                directory.resolve("public.json"),
                SigningKey.load(null).toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKey.load(garbage))
                .isInstanceOf(IssuerSetupException.class)
                .hasMessageStartingWith("signing key file " + garbage + " is not a JWK");
        assertThatThrownBy(() -> SigningKey.load(publicOnly))
                .isInstanceOf(IssuerSetupException.class)
                .hasMessageStartingWith("signing key file " + publicOnly + " does not hold a private RSA JWK");
    }
}
