package io.throughline.issuer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every identity the issuer knows, by name: the built-in {@code local-platform}, the demo's when
 * enabled and an identities file's, with their password and secret encoded. A name is at once a
 * username and a client id, so it is taken once only; the pages' client id is taken too.
 */
final class Directory {

    static final String PLATFORM_CLIENT_ID = "local-platform";

    /** An identity with its encoded password (a person of the sign-in form) and secret (a client), either may be null. */
    record Entry(Identity identity, String encodedPassword, String encodedSecret) {
        String name() {
            return identity.name();
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final PasswordEncoder encoder;

    private Directory(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    static Directory of(IssuerProperties properties, PasswordEncoder encoder) {
        Directory directory = new Directory(encoder);
        directory.sources.put(properties.pagesClientId(), "the pages' client");
        directory.add(
                new Account(
                        new Identity(PLATFORM_CLIENT_ID, null, List.of(Role.PLATFORM), null, null),
                        null,
                        properties.platformClientSecret()),
                "a built-in client");
        if (properties.demo()) {
            DemoIdentities.accounts().forEach(account -> directory.add(account, "a demo identity"));
        }
        Path file = properties.identitiesFile();
        if (file != null) {
            for (Account account : IdentitiesFile.read(file)) {
                String taken = directory.sources.get(account.name());
                if (taken != null) {
                    throw new IdentitiesFileException("identities file " + file + ": name '" + account.name()
                            + "' is taken already (" + taken + ")");
                }
                directory.add(account, "from " + file);
            }
        }
        return directory;
    }

    private void add(Account account, String source) {
        if (sources.putIfAbsent(account.name(), source) != null) {
            throw new IllegalStateException("name '" + account.name() + "' registered twice");
        }
        entries.put(
                account.name(), new Entry(account.identity(), encode(account.password()), encode(account.secret())));
    }

    private String encode(String plain) {
        return plain == null ? null : encoder.encode(plain);
    }

    /** The identity of a username or client id. */
    Optional<Identity> find(String name) {
        return Optional.ofNullable(entries.get(name)).map(Entry::identity);
    }

    /** Those who sign in with the form. */
    List<Entry> people() {
        return entries.values().stream()
                .filter(entry -> entry.encodedPassword() != null)
                .toList();
    }

    /** Those who take tokens with client credentials. */
    List<Entry> clients() {
        return entries.values().stream()
                .filter(entry -> entry.encodedSecret() != null)
                .toList();
    }
}
