package io.throughline.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentitiesFileTest {

    @TempDir
    Path directory;

    @Test
    void readsPeopleAndClientsWithTheirClaims() throws IOException {
        List<Account> accounts = IdentitiesFile.read(file("""
                # comments are fine
                identities:
                  - name: acme-admin
                    org: acme
                    roles: [org-admin]
                    password: admin-password
                  - name: coach-7
                    org: acme
                    roles: [coach]
                    secret: coach-secret
                  - name: ann.b
                    org: acme
                    roles: client
                    clientId: client_42
                    password: ann
                    secret: ann-secret
                  - name: ops
                    roles: [platform]
                    secret: ops-secret
                """));

        assertThat(accounts).extracting(Account::name).containsExactly("acme-admin", "coach-7", "ann.b", "ops");
        assertThat(accounts.get(0).identity().claims()).isEqualTo(Map.of("org", "acme", "roles", List.of("org-admin")));
        assertThat(accounts.get(0).password()).isEqualTo("admin-password");
        assertThat(accounts.get(0).secret()).isNull();
        assertThat(accounts.get(1).identity().claims())
                .as("coachId defaults to the name")
                .isEqualTo(Map.of("org", "acme", "roles", List.of("coach"), "coachId", "coach-7"));
        assertThat(accounts.get(2).identity().claims())
                .isEqualTo(Map.of("org", "acme", "roles", List.of("client"), "clientId", "client_42"));
        assertThat(accounts.get(2).secret()).isEqualTo("ann-secret");
        assertThat(accounts.get(3).identity().claims()).isEqualTo(Map.of("roles", List.of("platform")));
    }

    @Test
    void readsTheSameInJson() throws IOException {
        List<Account> accounts = IdentitiesFile.read(file("""
                {"identities": [{"name": "sue", "org": "acme", "roles": ["supervisor"], "password": "sue-password"}]}
                """));

        assertThat(accounts).singleElement().satisfies(account -> {
            assertThat(account.identity().claims()).isEqualTo(Map.of("org", "acme", "roles", List.of("supervisor")));
            assertThat(account.password()).isEqualTo("sue-password");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown role                | name: x\\n    org: acme\\n    roles: [coah]\\n    secret: s | identity 1 (x): unknown role 'coah' (one of client, coach, supervisor, org-admin, platform)
            no roles                    | name: x\\n    org: acme\\n    secret: s                  | identity 1 (x): no roles (one or more of client, coach, supervisor, org-admin, platform)
            missing org                 | name: x\\n    roles: [coach]\\n    secret: s             | identity 1 (x): missing org (required for role coach)
            platform with an org        | name: x\\n    org: acme\\n    roles: [platform]\\n    secret: s | identity 1 (x): role platform acts in every organisation and takes no org
            platform and another role   | name: x\\n    roles: [platform, coach]\\n    secret: s   | identity 1 (x): role platform cannot be combined with other roles
            missing name                | org: acme\\n    roles: [coach]\\n    secret: s           | identity 1: missing name
            bad name                    | name: coach 7\\n    org: acme\\n    roles: [coach]\\n    secret: s | identity 1 (coach 7): name 'coach 7' is not an id: 1–64 characters of A-Z a-z 0-9 . _ -
            bad org                     | name: x\\n    org: acme/eu\\n    roles: [coach]\\n    secret: s | identity 1 (x): org 'acme/eu' is not an id: 1–64 characters of A-Z a-z 0-9 . _ -
            bad coachId                 | name: x\\n    org: acme\\n    roles: [coach]\\n    coachId: c#1\\n    secret: s | identity 1 (x): coachId 'c#1' is not an id: 1–64 characters of A-Z a-z 0-9 . _ -
            bad clientId                | name: x\\n    org: acme\\n    roles: [client]\\n    clientId: ä\\n    secret: s | identity 1 (x): clientId 'ä' is not an id: 1–64 characters of A-Z a-z 0-9 . _ -
            id of 65 characters         | name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\n    org: acme\\n    roles: [coach]\\n    secret: s | is not an id: 1–64 characters
            clientId of no client       | name: x\\n    org: acme\\n    roles: [coach]\\n    clientId: c\\n    secret: s | identity 1 (x): clientId is given but the roles do not include client
            no password and no secret   | name: x\\n    org: acme\\n    roles: [coach]             | identity 1 (x): needs a password (to sign in) or a secret (for client credentials), or both
            unknown field               | name: x\\n    org: acme\\n    roles: [coach]\\n    coachID: c\\n    secret: s | identity 1 (x): unknown field 'coachID' (known: name, org, roles, clientId, coachId, password, secret)
            a list where text belongs   | name: [x]\\n    org: acme\\n    roles: [coach]\\n    secret: s | identity 1 ([x]): name must be text, got '[x]' (quote it)
            """)
    void saysInOneLineWhatIsWrongWithAnIdentity(String problem, String fields, String message) throws IOException {
        Path file = file("identities:\n  - " + fields.replace("\\n", "\n") + "\n");

        assertThatThrownBy(() -> IdentitiesFile.read(file))
                .isInstanceOf(IdentitiesFileException.class)
                .hasMessageStartingWith("identities file " + file + ": ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            not YAML             | identities: [\\n  - name: x                  | not valid YAML:
            no identities list   | people:\\n  - name: x                        | expected a top-level 'identities:' list
            an empty list        | identities: []                                 | the 'identities' list is empty
            another top field    | identities:\\n  - {name: x, org: a, roles: [coach], secret: s}\\nextra: 1 | unknown top-level field(s) [extra]
            a name twice         | identities:\\n  - {name: x, org: a, roles: [coach], secret: s}\\n  - {name: x, org: b, roles: [coach], secret: s} | identity 2: name 'x' is used twice
            an entry not a map   | identities:\\n  - just-a-name                 | identity 1: expected fields (name, org, roles, …), got 'just-a-name'
            """)
    void saysInOneLineWhatIsWrongWithTheFile(String problem, String content, String message) throws IOException {
        Path file = file(content.replace("\\n", "\n"));

        assertThatThrownBy(() -> IdentitiesFile.read(file))
                .isInstanceOf(IdentitiesFileException.class)
                .hasMessageStartingWith("identities file " + file + ": ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void saysWhenTheFileIsMissing() {
        Path missing = directory.resolve("nowhere.yml");

        assertThatThrownBy(() -> IdentitiesFile.read(missing))
                .isInstanceOf(IdentitiesFileException.class)
                .hasMessage("identities file " + missing + ": no such file");
    }

    private Path file(String content) throws IOException {
        return Files.writeString(Files.createTempFile(directory, "identities", ".yml"), content);
    }
}
