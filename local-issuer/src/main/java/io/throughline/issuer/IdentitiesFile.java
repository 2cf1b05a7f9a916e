package io.throughline.issuer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an identities file (YAML; JSON, being YAML, reads too):
 *
 * <pre>
 * identities:
 *   - name: acme-supervisor
 *     org: acme
 *     roles: [supervisor]
 *     password: a-password      # signs in with the form
 *     secret: a-secret          # client credentials
 * </pre>
 *
 * Every problem is an {@link IdentitiesFileException} whose message is one line naming the file and
 * the identity.
 */
final class IdentitiesFile {

    private static final Set<String> FIELDS =
            Set.of("name", "org", "roles", "clientId", "coachId", "password", "secret");
    private static final String KNOWN_FIELDS = "name, org, roles, clientId, coachId, password, secret";

    private final Path path;

    private IdentitiesFile(Path path) {
        this.path = path;
    }

    static List<Account> read(Path path) {
        return new IdentitiesFile(path).read();
    }

    private List<Account> read() {
        Object document = parse();
        if (!(document instanceof Map<?, ?> top) || !(top.get("identities") instanceof List<?> entries)) {
            throw failure("expected a top-level 'identities:' list");
        }
        if (top.size() > 1) {
            throw failure("unknown top-level field(s) "
                    + top.keySet().stream()
                            .filter(key -> !"identities".equals(key))
                            .toList() + "; only 'identities' is read");
        }
        if (entries.isEmpty()) {
            throw failure("the 'identities' list is empty");
        }
        List<Account> accounts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Account account = account(i + 1, entries.get(i));
            if (!names.add(account.name())) {
                throw failure("identity " + (i + 1) + ": name '" + account.name() + "' is used twice");
            }
            accounts.add(account);
        }
        return List.copyOf(accounts);
    }

    private Object parse() {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (NoSuchFileException e) {
            throw failure("no such file");
        } catch (IOException e) {
            throw failure("cannot be read: " + e.getMessage());
        } catch (MarkedYAMLException e) {
            throw failure("not valid YAML: " + e.getProblem() + " at line "
                    + (e.getProblemMark().getLine() + 1));
        } catch (YAMLException e) {
            throw failure(
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private Account account(int number, Object entry) {
        if (!(entry instanceof Map<?, ?> fields)) {
            throw failure("identity " + number + ": expected fields (name, org, roles, …), got '" + entry + "'");
        }
        Object name = fields.get("name");
        String label = "identity " + number + (name != null ? " (" + name + ")" : "");
        for (Object key : fields.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw failure(label + ": unknown field '" + key + "' (known: " + KNOWN_FIELDS + ")");
            }
        }
        try {
            Identity identity = new Identity(
                    text(fields, "name"),
                    text(fields, "org"),
                    roles(fields.get("roles")),
                    text(fields, "clientId"),
                    text(fields, "coachId"));
            return new Account(identity, text(fields, "password"), text(fields, "secret"));
        } catch (IllegalArgumentException e) {
            throw failure(label + ": " + e.getMessage());
        }
    }

    private static List<Role> roles(Object value) {
        if (value == null) {
            return List.of();
        }
        List<?> names = value instanceof List<?> list ? list : List.of(value);
        List<Role> roles = new ArrayList<>();
        for (Object name : names) {
            roles.add(Role.of(String.valueOf(name))
                    .orElseThrow(() ->
                            new IllegalArgumentException("unknown role '" + name + "' (one of " + Role.NAMES + ")")));
        }
        return roles;
    }

    /** A scalar as text; YAML reads {@code 42} as a number, which is fine for an id, but not {@code yes} or a list. */
    private static String text(Map<?, ?> fields, String field) {
        Object value = fields.get(field);
        if (value == null || value instanceof String || value instanceof Number) {
            return value == null ? null : value.toString();
        }
        throw new IllegalArgumentException(field + " must be text, got '" + value + "' (quote it)");
    }

    private IdentitiesFileException failure(String reason) {
        return new IdentitiesFileException("identities file " + path + ": " + reason);
    }
}
