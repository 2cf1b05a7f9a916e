package io.throughline.issuer;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code throughline.issuer.*}: how the issuer names itself, where its signing key lives, which
 * identities it knows and where the services' pages are.
 *
 * @param url the issuer identifier, the {@code iss} of every token, as browsers and services reach it
 * @param keyFile the file holding the signing key (made when missing); none keeps the key in memory
 * @param demo whether the demo organisation's identities are registered
 * @param identitiesFile a YAML file of further identities
 * @param pageUrls the base addresses of the services' pages: each may use {@code {base}/login/oauth2/code/throughline}
 *     as redirect URI and {@code {base}/} after signing out
 * @param pagesClientId the client the pages sign people in with
 * @param pagesClientSecret its secret
 * @param platformClientSecret the secret of the always registered client {@code local-platform}
 */
@ConfigurationProperties("throughline.issuer")
record IssuerProperties(
        @DefaultValue("http://localhost:9000") URI url,
        Path keyFile,
        boolean demo,
        Path identitiesFile,

        @DefaultValue({
            "http://localhost:8081",
            "http://localhost:8082",
            "http://localhost:8083",
            "http://127.0.0.1:8081",
            "http://127.0.0.1:8082",
            "http://127.0.0.1:8083"
        })
        List<URI> pageUrls,

        @DefaultValue("throughline-pages") String pagesClientId,
        @DefaultValue("throughline-pages-secret") String pagesClientSecret,
        @DefaultValue("local-platform-secret") String platformClientSecret) {

    static final String PAGES_REDIRECT_PATH = "/login/oauth2/code/throughline";

    IssuerProperties {
        url = absolute("url", url);
        pageUrls = pageUrls.stream().map(page -> absolute("page-urls", page)).toList();
        try {
            Identity.requireId("pages-client-id", pagesClientId);
        } catch (IllegalArgumentException e) {
            throw new IssuerSetupException("throughline.issuer." + e.getMessage());
        }
        requireSecret("pages-client-secret", pagesClientSecret);
        requireSecret("platform-client-secret", platformClientSecret);
    }

    String issuer() {
        return url.toString();
    }

    List<String> pagesRedirectUris() {
        return pageUrls.stream().map(page -> page + PAGES_REDIRECT_PATH).toList();
    }

    List<String> pagesPostLogoutRedirectUris() {
        return pageUrls.stream().map(page -> page + "/").toList();
    }

    private static void requireSecret(String property, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IssuerSetupException("throughline.issuer." + property + " is empty");
        }
    }

    /** An http(s) address without a trailing slash, query or fragment. */
    private static URI absolute(String property, URI value) {
        if (value == null
                || value.getHost() == null
                || !List.of("http", "https").contains(value.getScheme())
                || value.getQuery() != null
                || value.getFragment() != null) {
            throw new IssuerSetupException("throughline.issuer." + property
                    + " must be an http(s) address like http://localhost:9000, got '" + value + "'");
        }
        String text = value.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
