package io.throughline.analytics.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DashboardControllerTest {

    @Test
    void thePagesPolicyAllowsOnlyThisServiceAndSigningOutAtTheIssuer() {
        String policy =
                DashboardController.contentSecurityPolicy(URI.create("https://login.example.org:8443/realms/acme"));

        assertThat(policy)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "connect-src 'self'",
                        "frame-ancestors 'none'",
                        "form-action 'self' https://login.example.org:8443;")
                .doesNotContain("unsafe", "/realms");
    }
}
