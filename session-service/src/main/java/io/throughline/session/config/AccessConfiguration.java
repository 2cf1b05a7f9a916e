package io.throughline.session.config;

import static io.throughline.platform.security.Role.CLIENT;
import static io.throughline.platform.security.Role.COACH;
import static io.throughline.platform.security.Role.ORG_ADMIN;
import static io.throughline.platform.security.Role.SUPERVISOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.throughline.platform.security.AccessRules;
import io.throughline.session.query.SessionHistory;
import io.throughline.session.web.SessionAccess;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may do what (API.md, "Identity and access"): the role table of every endpoint ({@code platform} may use
 * each) and the ownership check of a session addressed by path. Who recorded each stored event is kept by the
 * platform's command-dispatch ({@code RecordedBy}).
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    private static final String SESSIONS = "/api/v1/orgs/{orgId}/sessions";
    private static final String SESSION = SESSIONS + "/{sessionId}";
    /** Every command on a session: a coach on the sessions it holds, an org-admin on all. */
    private static final List<String> COMMANDS = List.of(
            "/start",
            "/check-in",
            "/agreement",
            "/topic-shifts",
            "/topic-shifts/{shiftId}/re-contract",
            "/pieces",
            "/end",
            "/cancel");

    /**
     * The role table. Ownership comes after it ({@link SessionAccess}): a coach schedules and changes only its own
     * sessions, a client reads only its own, and a list holds only what the caller may see.
     */
    @Bean
    AccessRules accessRules() {
        AccessRules.Builder rules = AccessRules.builder().allow(POST, SESSIONS, COACH, ORG_ADMIN);
        COMMANDS.forEach(command -> rules.allow(POST, SESSION + command, COACH, ORG_ADMIN));
        // A GET rule covers HEAD too, which Spring MVC answers with the GET handler.
        for (String read : List.of(SESSIONS, SESSION, SESSION + "/events")) {
            rules.allow(GET, read, CLIENT, COACH, SUPERVISOR, ORG_ADMIN);
        }
        return rules.build();
    }

    @Bean
    SessionAccess sessionAccess(SessionHistory history) {
        return new SessionAccess(history);
    }

    /** A session the caller may not see is a 404 before its request's body is read. */
    @Bean
    WebMvcConfigurer sessionOwnership(SessionAccess access) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(access).addPathPatterns(SessionAccess.SESSION, SessionAccess.SESSION + "/**");
            }
        };
    }
}
