package io.throughline.prepform.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PrepFormPageControllerTest {

    @Test
    void thePagesPolicyAllowsOnlyThisServiceAndSigningOutAtTheIssuer() {
        String policy =
                PrepFormPageController.contentSecurityPolicy(URI.create("https://login.example.org:8443/realms/acme"));

        assertThat(policy)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "connect-src 'self'",
                        "object-src 'none'",
                        "frame-ancestors 'none'",
                        "form-action 'self' https://login.example.org:8443;")
                .doesNotContain("unsafe", "/realms", "data:");
    }
}
