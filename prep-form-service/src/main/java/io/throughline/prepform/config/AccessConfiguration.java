package io.throughline.prepform.config;

import io.throughline.platform.security.AccessRules;
import io.throughline.platform.security.Role;
import io.throughline.prepform.query.PrepFormViews;
import io.throughline.prepform.web.FormVisibilityInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may use the API (API.md, "Identity and access"). The role table: a client writes and reads its own
 * forms, a coach reads the submitted forms of their sessions, a supervisor sees no prep-form answers,
 * {@code org-admin} everything in the organisation ({@code platform} is always allowed). Which forms exactly
 * (ownership) is decided where the data is: {@link FormVisibilityInterceptor} for a single form, the list's
 * query for the list.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    private static final String FORMS = "/api/v1/orgs/{orgId}/prep-forms";
    private static final String FORM = FORMS + "/{prepFormId}";

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(HttpMethod.POST, FORMS, Role.CLIENT, Role.ORG_ADMIN)
                .allow(HttpMethod.PUT, FORM + "/answers", Role.CLIENT, Role.ORG_ADMIN)
                .allow(HttpMethod.POST, FORM + "/submit", Role.CLIENT, Role.ORG_ADMIN)
                .allow(HttpMethod.GET, FORM, Role.CLIENT, Role.COACH, Role.ORG_ADMIN)
                .allow(HttpMethod.GET, FORMS, Role.CLIENT, Role.COACH, Role.ORG_ADMIN)
                .build();
    }

    @Bean
    WebMvcConfigurer formVisibility(PrepFormViews views) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new FormVisibilityInterceptor(views))
                        .addPathPatterns(FormVisibilityInterceptor.PATH);
            }
        };
    }
}
