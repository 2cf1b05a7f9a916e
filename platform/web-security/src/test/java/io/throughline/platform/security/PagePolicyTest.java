package io.throughline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PagePolicyTest {

    @Test
    void thePagesPolicyAllowsOnlyTheServiceItselfAndSigningOutAtTheIssuer() {
        String policy = PagePolicy.contentSecurityPolicy(URI.create("https://login.example.org:8443/realms/acme"));

        assertThat(policy)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "connect-src 'self'",
                        "object-src 'none'",
                        "base-uri 'none'",
                        "frame-ancestors 'none'",
                        "form-action 'self' https://login.example.org:8443;")
                .doesNotContain("unsafe", "/realms");
    }
}
