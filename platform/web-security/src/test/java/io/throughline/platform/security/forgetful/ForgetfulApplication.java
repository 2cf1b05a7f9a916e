package io.throughline.platform.security.forgetful;

import io.throughline.platform.security.AccessRules;
import io.throughline.platform.security.Role;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service whose role table forgot one of its two endpoints. */
@SpringBootApplication
public class ForgetfulApplication {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(HttpMethod.GET, "/api/v1/orgs/{orgId}/known", Role.SUPERVISOR)
                .build();
    }

    @RestController
    static class Endpoints {

        @GetMapping("/api/v1/orgs/{orgId}/known")
        String known() {
            return "known";
        }

        @GetMapping("/api/v1/orgs/{orgId}/forgotten")
        String forgotten() {
            return "forgotten";
        }
    }
}
