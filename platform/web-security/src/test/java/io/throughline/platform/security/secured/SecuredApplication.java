package io.throughline.platform.security.secured;

import io.throughline.platform.security.AccessRules;
import io.throughline.platform.security.Caller;
import io.throughline.platform.security.Role;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service with two organisation endpoints and an admin one, for the security module's own tests. */
@SpringBootApplication
public class SecuredApplication {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(HttpMethod.GET, "/api/v1/orgs/{orgId}/things", Role.SUPERVISOR, Role.ORG_ADMIN)
                .allow(HttpMethod.POST, "/api/v1/orgs/{orgId}/things", Role.ORG_ADMIN)
                .platformOnly(HttpMethod.POST, "/api/v1/admin/rebuild")
                .build();
    }

    @RestController
    static class Things {

        @GetMapping("/api/v1/orgs/{orgId}/things")
        Map<String, Object> things(@PathVariable String orgId, Caller caller) {
            return Map.of("orgId", orgId, "subject", caller.subject());
        }

        @PostMapping("/api/v1/orgs/{orgId}/things")
        Map<String, Object> add(@PathVariable String orgId) {
            return Map.of("added", true);
        }

        /** The same answer outside the API, where no token is checked: the benchmark's baseline. */
        @GetMapping("/open/orgs/{orgId}/things")
        Map<String, Object> openThings(@PathVariable String orgId) {
            return Map.of("orgId", orgId, "subject", "nobody");
        }

        @PostMapping("/api/v1/admin/rebuild")
        Map<String, Object> rebuild() {
            return Map.of("started", true);
        }
    }
}
