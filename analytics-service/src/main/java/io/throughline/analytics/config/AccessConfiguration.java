package io.throughline.analytics.config;

import static io.throughline.platform.security.Role.CLIENT;
import static io.throughline.platform.security.Role.COACH;
import static io.throughline.platform.security.Role.ORG_ADMIN;
import static io.throughline.platform.security.Role.SUPERVISOR;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.throughline.analytics.access.ReadAccess;
import io.throughline.analytics.access.ReadAccessInterceptor;
import io.throughline.platform.security.AccessRules;
import io.throughline.platform.security.Role;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may use which endpoint (API.md's role table; {@code platform} always may), whose clients, coaches and
 * sessions they may see ({@link ReadAccess}, before the controller), and the {@code ETag} of every API answer.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    private static final String ORG = "/api/v1/orgs/{orgId}";
    private static final String REBUILD = "/api/v1/admin/projections/rebuild";

    @Bean
    AccessRules accessRules() {
        AccessRules.Builder rules = AccessRules.builder();
        read(rules, ORG + "/clients/{clientId}/patterns", CLIENT, COACH, SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/coaches/{coachId}/patterns", COACH, SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/overview", SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/sessions/{sessionId}/timeline", CLIENT, COACH, SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/clients/{clientId}/trends", CLIENT, COACH, SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/coaches/{coachId}/trends", COACH, SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/trends", SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/clients/{clientId}/sessions", CLIENT, COACH, SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/coaches/{coachId}/sessions", COACH, SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/analytics-settings", SUPERVISOR, ORG_ADMIN);
        rules.allow(PUT, ORG + "/analytics-settings", ORG_ADMIN);
        rules.allow(POST, ORG + "/analytics-settings/preview", SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/attention", COACH, SUPERVISOR, ORG_ADMIN);
        read(rules, ORG + "/attention/{subjectType}/{subjectId}", COACH, SUPERVISOR, ORG_ADMIN);
        String flag = ORG + "/attention/{subjectType}/{subjectId}/{rule}";
        rules.allow(PUT, flag + "/acknowledgement", SUPERVISOR, ORG_ADMIN);
        rules.allow(DELETE, flag + "/acknowledgement", SUPERVISOR, ORG_ADMIN);
        rules.allow(PUT, flag + "/feedback", SUPERVISOR, ORG_ADMIN);
        read(rules, REBUILD);
        return rules.platformOnly(POST, REBUILD).build();
    }

    /** A {@code GET} (its rule covers the {@code HEAD} Spring MVC answers with the same handler). */
    private static void read(AccessRules.Builder rules, String pattern, Role... roles) {
        rules.allow(GET, pattern, roles);
    }

    @Bean
    WebMvcConfigurer readAccessCheck(ReadAccess access) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new ReadAccessInterceptor(access)).addPathPatterns("/api/v1/orgs/**");
            }
        };
    }

    /**
     * Every API {@code GET} answers with an {@code ETag} and 304 to a matching {@code If-None-Match} (API.md). It runs
     * after the security filters, so only an answer the caller may have gets a tag; the answers stay
     * {@code Cache-Control: no-store} (no shared cache keeps them), and a client that keeps the tag itself still
     * revalidates with it.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
