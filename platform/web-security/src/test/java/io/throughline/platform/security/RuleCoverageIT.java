package io.throughline.platform.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.platform.security.forgetful.ForgetfulApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/** An API endpoint that the role table forgot keeps the service from starting, naming the endpoint. */
class RuleCoverageIT {

    @Test
    void aServiceWithAnEndpointWithoutARuleDoesNotStart() {
        SpringApplication application = new SpringApplication(ForgetfulApplication.class);
        assertThatThrownBy(() -> application.run("--server.port=0", "--spring.main.banner-mode=off"))
                .hasStackTraceContaining("have no rule in the role table")
                .hasStackTraceContaining("GET /api/v1/orgs/{orgId}/forgotten")
                .satisfies(failure -> org.assertj.core.api.Assertions.assertThat(failure.toString())
                        .doesNotContain("/known"));
    }
}
