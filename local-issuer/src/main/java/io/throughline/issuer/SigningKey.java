package io.throughline.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key the issuer signs its tokens with, kept as a private JWK in a file so that tokens and
 * signed-in pages survive a restart; made (readable by its owner only) when the file is missing.
 * Without a file the key lives in memory only.
 */
final class SigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKey.class);
    private static final int KEY_SIZE = 2048;

    private SigningKey() {}

    static RSAKey load(Path file) {
        if (file == null) {
            LOG.warn(
                    "No throughline.issuer.key-file: the signing key lives in memory only, so tokens become invalid when the issuer restarts");
            return generate();
        }
        if (Files.exists(file)) {
            return read(file);
        }
        RSAKey key = generate();
        write(file, key);
        LOG.info("Made a new signing key {} in {}", key.getKeyID(), file);
        return key;
    }

    private static RSAKey read(Path file) {
        try {
            JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.getKeyID() == null) {
                throw new IssuerSetupException(
                        "signing key file " + file + " does not hold a private RSA JWK with a key id;"
                                + " delete it to have a new key made (tokens signed with the old one become invalid)");
            }
            LOG.info("Signing with key {} from {}", rsa.getKeyID(), file);
            return rsa;
        } catch (IOException e) {
            throw new IssuerSetupException("signing key file " + file + " cannot be read: " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new IssuerSetupException(
                    "signing key file " + file + " is not a JWK (" + e.getMessage()
                            + "); delete it to have a new key made (tokens signed with the old one become invalid)",
                    e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make an RSA key: " + e.getMessage(), e);
        }
    }

    private static void write(Path file, RSAKey key) {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, ".signing-key", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new IssuerSetupException("cannot write the signing key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException ignored) {
            // the write failed already; that is what is reported
        }
    }
}
